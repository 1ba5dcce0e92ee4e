import { AdoptionChart } from './charts/adoption-chart/adoption-chart.js';
import { PlatformGrowth } from './charts/platform-growth/platform-growth.js';
import { InteractionGap } from './charts/interaction-gap/interaction-gap.js';
import { VideoAdoption } from './charts/video-adoption/video-adoption.js';
import { PlatformMatrix } from './charts/platform-matrix/platform-matrix.js';
import { SurveyFigure } from './charts/survey-figure/survey-figure.js';
import type { Tag } from './tags.js';

export { TAGS, type Tag } from './tags.js';

/**
 * Every element's class by its tag. Typed against the list of tags (src/tags.ts): a tag without its class here, or
 * a class under a tag that is not in the list, does not compile.
 */
export const elements = {
  'adoption-chart': AdoptionChart,
  'platform-growth': PlatformGrowth,
  'interaction-gap': InteractionGap,
  'video-adoption': VideoAdoption,
  'platform-matrix': PlatformMatrix,
  'survey-figure': SurveyFigure,
} as const satisfies Record<Tag, CustomElementConstructor>;
