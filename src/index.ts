/**
 * The library for bundler users: classes, types, data helpers. Importing this registers nothing;
 * import `lokale-besturen-charts/define` (or one element's `…/adoption-chart`) to register elements.
 */
export { AdoptionChart } from './charts/adoption-chart/adoption-chart.js';
export { PlatformGrowth } from './charts/platform-growth/platform-growth.js';
export { InteractionGap } from './charts/interaction-gap/interaction-gap.js';
export { VideoAdoption } from './charts/video-adoption/video-adoption.js';
export { PlatformMatrix } from './charts/platform-matrix/platform-matrix.js';
export { SurveyFigure } from './charts/survey-figure/survey-figure.js';
export { ChartElement, type ChartSelectDetail, type ChartText } from './base/chart-element.js';
export {
  validateDataset,
  parseShare,
  DataError,
  type Dataset,
  type Finding,
  type FindingInput,
} from './data/schema.js';
export { parseFindingsCsv } from './data/csv.js';
export { selectFindings, findFinding, type FindingQuery } from './data/query.js';
export { survey } from './data/dataset.js';
export * from './data/keys.js';
export { version } from './version.js';
export { preloadParts } from './parts/index.js';
