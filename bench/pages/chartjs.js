// Chart.js, tree-shaken: only the controllers, elements, scales and plugins this dumbbell needs.
// Links are floating bars [2016, 2017]; dots are a horizontal line dataset without a line.
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Tooltip, Legend,
} from 'chart.js';
import { rows, YEAR_COLORS } from '../build/data.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const canvas = document.createElement('canvas');
canvas.setAttribute('role', 'img');
canvas.setAttribute('aria-label', 'Instagram bij lokale besturen, 2016–2017');
document.getElementById('chart').append(canvas);
const pct = (v) => `${Math.round(v * 100)}%`;
new Chart(canvas, {
  type: 'bar',
  data: {
    labels: rows.map((r) => r.label),
    datasets: [
      { type: 'bar', label: 'verschil', data: rows.map((r) => [r[2016], r[2017]]), backgroundColor: '#8c959f', barThickness: 2 },
      ...[2016, 2017].map((y) => ({
        type: 'line', label: String(y), data: rows.map((r) => r[y]), showLine: false,
        pointRadius: 6, pointHoverRadius: 8, backgroundColor: YEAR_COLORS[y], borderColor: YEAR_COLORS[y],
      })),
    ],
  },
  options: {
    indexAxis: 'y',
    animation: false,
    maintainAspectRatio: false,
    scales: { x: { min: 0, max: 1, ticks: { callback: pct } }, y: { grid: { display: false } } },
    plugins: {
      legend: { labels: { filter: (item) => item.text !== 'verschil' } },
      tooltip: { filter: (item) => item.dataset.type === 'line', callbacks: { label: (c) => `${c.dataset.label}: ${pct(c.parsed.x)}` } },
    },
  },
});
window.__mark();
