// Observable Plot: a link per organisation from 2016 to 2017 and a dot per year, with Plot's own tip.
import * as Plot from '@observablehq/plot';
import { rows, points, YEAR_COLORS } from '../build/data.js';

const el = document.getElementById('chart');
el.append(
  Plot.plot({
    width: el.clientWidth,
    height: 230,
    marginLeft: 110,
    x: { domain: [0, 100], percent: true, grid: true, label: 'aandeel (%)' },
    y: { domain: rows.map((r) => r.label), label: null },
    color: { domain: [2016, 2017], range: [YEAR_COLORS[2016], YEAR_COLORS[2017]], legend: true, type: 'ordinal', tickFormat: String },
    marks: [
      Plot.link(rows, { x1: '2016', x2: '2017', y1: 'label', y2: 'label', stroke: '#8c959f', strokeWidth: 2 }),
      Plot.dot(points, { x: 'value', y: 'label', fill: 'year', r: 6, tip: true }),
    ],
  }),
);
window.__mark();
