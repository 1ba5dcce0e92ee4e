import { AdoptionChart } from './adoption-chart.js';
import { define } from '../../base/define.js';

define('adoption-chart', AdoptionChart);

declare global {
  interface HTMLElementTagNameMap {
    'adoption-chart': AdoptionChart;
  }
}
export { AdoptionChart };
