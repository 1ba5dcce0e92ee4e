import { chartMeta, type ChartMeta, type ChartStory } from '../support.js';

const meta: ChartMeta = { title: 'Charts/video-adoption/Playground', ...chartMeta('video-adoption') };
export default meta;

/** Every attribute as a control; the language and theme follow the toolbar until you set them here. */
export const Playground: ChartStory = {};
