import { chartMeta, type ChartMeta, type ChartStory, focusFirstMark, openTable } from '../support.js';

const meta: ChartMeta = { title: 'Charts/platform-matrix/Accessibility', ...chartMeta('platform-matrix') };
export default meta;

/** The data table every chart carries (always in the accessibility tree; the button shows it). */
export const DataTable: ChartStory = { name: 'Data table shown', args: { year: '2017' }, play: openTable };
/** One tab stop; arrow keys move between marks. Focus on a mark opens its tooltip with the source words. */
export const KeyboardFocus: ChartStory = {
  name: 'Keyboard focus on a mark',
  args: { year: '2017' },
  play: focusFirstMark,
};
/** 200% text: labels reflow rather than overlap. */
export const LargeText: ChartStory = {
  name: 'Large text (200%)',
  args: { year: '2017', style: '--chart-font-size: 26px' },
};
export const LargeTextNarrow: ChartStory = {
  name: 'Large text, narrow',
  args: { year: '2017', style: '--chart-font-size: 20px' },
  parameters: { width: 320 },
};
export const DarkEnglish: ChartStory = { name: 'Dark, English', args: { year: '2016', theme: 'dark', lang: 'en' } };
