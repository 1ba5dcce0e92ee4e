import { AdoptionChart } from './charts/adoption-chart/adoption-chart.js';
import { PlatformGrowth } from './charts/platform-growth/platform-growth.js';
import { InteractionGap } from './charts/interaction-gap/interaction-gap.js';
import { VideoAdoption } from './charts/video-adoption/video-adoption.js';
import { PlatformMatrix } from './charts/platform-matrix/platform-matrix.js';
import { SurveyFigure } from './charts/survey-figure/survey-figure.js';

/** Every element of the library by its tag. */
export const elements = {
  'adoption-chart': AdoptionChart,
  'platform-growth': PlatformGrowth,
  'interaction-gap': InteractionGap,
  'video-adoption': VideoAdoption,
  'platform-matrix': PlatformMatrix,
  'survey-figure': SurveyFigure,
} as const;
