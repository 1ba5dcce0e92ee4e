import { chartMeta, type ChartMeta, type ChartStory } from '../support.js';
import { ORGANISATION_KEYS, PLATFORMS, TOPICS } from '../../src/data/keys.js';

const meta: ChartMeta = {
  title: 'Charts/survey-figure/Playground',
  ...chartMeta('survey-figure', { organisation: ORGANISATION_KEYS, platform: PLATFORMS, topic: TOPICS }),
};
export default meta;

/** Every attribute as a control; the language and theme follow the toolbar until you set them here. */
export const Playground: ChartStory = { args: { organisation: 'ocmw', platform: 'social-media' } };
