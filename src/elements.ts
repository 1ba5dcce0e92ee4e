import { AdoptionChart } from './charts/adoption-chart/adoption-chart.js';
import { PlatformGrowth } from './charts/platform-growth/platform-growth.js';

/** Every element of the library by its tag. */
export const elements = {
  'adoption-chart': AdoptionChart,
  'platform-growth': PlatformGrowth,
} as const;
