import { chartMeta, type ChartMeta, type ChartStory } from '../support.js';

const meta: ChartMeta = { title: 'Charts/platform-matrix/Playground', ...chartMeta('platform-matrix') };
export default meta;

/** Every attribute as a control; the language and theme follow the toolbar until you set them here. */
export const Playground: ChartStory = {};
