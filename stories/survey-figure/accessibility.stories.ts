import { chartMeta, type ChartMeta, type ChartStory, focusFirstMark } from '../support.js';
import { ORGANISATION_KEYS, PLATFORMS, TOPICS } from '../../src/data/keys.js';

const meta: ChartMeta = {
  title: 'Charts/survey-figure/Accessibility',
  ...chartMeta('survey-figure', { organisation: ORGANISATION_KEYS, platform: PLATFORMS, topic: TOPICS }),
};
export default meta;

/** The figure has no table button (to stay small); its table is in the accessibility tree, visually hidden. */
export const DataTable: ChartStory = {
  name: 'Table for screen readers',
  args: { organisation: 'ocmw', platform: 'social-media' },
};
/** One tab stop; arrow keys move between marks. Focus on a mark opens its tooltip with the source words. */
export const KeyboardFocus: ChartStory = {
  name: 'Keyboard focus on a mark',
  args: { organisation: 'police', platform: 'whatsapp' },
  play: focusFirstMark,
};
/** 200% text: labels reflow rather than overlap. */
export const LargeText: ChartStory = {
  name: 'Large text (200%)',
  args: { organisation: 'ocmw', platform: 'social-media', style: '--chart-font-size: 26px' },
};
export const LargeTextNarrow: ChartStory = {
  name: 'Large text, narrow',
  args: { organisation: 'ocmw', platform: 'social-media', style: '--chart-font-size: 20px' },
  parameters: { width: 320 },
};
export const DarkEnglish: ChartStory = {
  name: 'Dark, English',
  args: { organisation: 'fire', platform: 'instagram', theme: 'dark', lang: 'en' },
};
