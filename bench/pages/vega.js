// Vega-Lite through vega-embed (default renderer), a rule per organisation and a point per year, with tooltips.
import embed from 'vega-embed';
import { points, YEAR_COLORS } from '../build/data.js';

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 'container',
  height: 170,
  data: { values: points },
  encoding: { y: { field: 'label', type: 'nominal', title: null, sort: null } },
  layer: [
    {
      mark: { type: 'line', color: '#8c959f', strokeWidth: 2 },
      encoding: { x: { field: 'value', type: 'quantitative' }, detail: { field: 'label' } },
    },
    {
      mark: { type: 'point', filled: true, size: 120, opacity: 1 },
      encoding: {
        x: { field: 'value', type: 'quantitative', scale: { domain: [0, 1] }, axis: { format: '%' }, title: 'aandeel' },
        color: { field: 'year', type: 'ordinal', scale: { domain: [2016, 2017], range: [YEAR_COLORS[2016], YEAR_COLORS[2017]] } },
        tooltip: [{ field: 'label' }, { field: 'year' }, { field: 'value', format: '.0%' }],
      },
    },
  ],
};
embed('#chart', spec, { actions: false }).then(() => window.__mark());
