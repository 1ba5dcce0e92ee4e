import { SurveyFigure } from './survey-figure.js';
import { define } from '../../base/define.js';

define('survey-figure', SurveyFigure);

declare global {
  interface HTMLElementTagNameMap {
    'survey-figure': SurveyFigure;
  }
}
export { SurveyFigure };
