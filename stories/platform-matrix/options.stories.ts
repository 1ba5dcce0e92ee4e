import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';

const meta: ChartMeta = { title: 'Charts/platform-matrix/Options', ...chartMeta('platform-matrix') };
export default meta;

export const Year2017: ChartStory = { name: '2017', args: { year: '2017' } };
export const Year2016: ChartStory = { name: '2016', args: { year: '2016' } };
/** Only the approximate findings (word fractions, bounds, "verwaarloosbaar", words): no exact percentage. */
export const ApproximateOnly: ChartStory = {
  name: 'Approximate figures only',
  args: { year: '2017', src: dataUrl('approximate.json') },
};

export const Narrow: ChartStory = { name: 'Narrow (320 px)', args: { year: '2017' }, parameters: { width: 320 } };
export const Wide: ChartStory = { name: 'Wide (1000 px)', args: { year: '2017' }, parameters: { width: 1000 } };
export const Dutch: ChartStory = { name: 'Nederlands', args: { year: '2017', lang: 'nl' } };
export const English: ChartStory = { name: 'English', args: { year: '2017', lang: 'en' } };
export const EnglishNarrow: ChartStory = {
  name: 'English, narrow',
  args: { year: '2017', lang: 'en' },
  parameters: { width: 320 },
};
export const Light: ChartStory = { args: { year: '2017', theme: 'light' } };
export const Dark: ChartStory = { args: { year: '2017', theme: 'dark' } };

/** Editor data from `src`: police and fire zones as CSV; the other rows say "not in the article". */
export const EditorData: ChartStory = {
  name: 'Editor data from src',
  args: { year: '2017', src: dataUrl('police-fire.csv') },
};
/** Download buttons under the chart: the data as CSV, the image as PNG or SVG. */
export const Download: ChartStory = { name: 'Download buttons', args: { year: '2017', download: 'csv png svg' } };
/** Custom properties restyle the chart: fonts and the colour of 2017. */
export const CustomColours: ChartStory = {
  name: 'CSS custom properties',
  args: { year: '2017', style: '--chart-font-family: Georgia, serif; --chart-color-2017: #005f73;' },
};
