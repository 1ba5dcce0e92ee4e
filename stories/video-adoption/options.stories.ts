import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';

const meta: ChartMeta = { title: 'Charts/video-adoption/Options', ...chartMeta('video-adoption') };
export default meta;

/** Municipalities in 2017: about 1 in 3 make video, 13% have it made, about 1 in 3 want more. */
export const Municipalities2017: ChartStory = { name: 'Municipalities, 2017', args: {} };

export const Narrow: ChartStory = { name: 'Narrow (320 px)', args: {}, parameters: { width: 320 } };
export const Wide: ChartStory = { name: 'Wide (1000 px)', args: {}, parameters: { width: 1000 } };
export const Dutch: ChartStory = { name: 'Nederlands', args: { lang: 'nl' } };
export const English: ChartStory = { name: 'English', args: { lang: 'en' } };
export const EnglishNarrow: ChartStory = { name: 'English, narrow', args: { lang: 'en' }, parameters: { width: 320 } };
export const Light: ChartStory = { args: { theme: 'light' } };
export const Dark: ChartStory = { args: { theme: 'dark' } };

/** Editor data from `src`: the video findings as CSV, one finding a row. */
export const EditorData: ChartStory = { name: 'Editor data from src', args: { src: dataUrl('video.csv') } };
/** Download buttons under the chart: the data as CSV, the image as PNG or SVG. */
export const Download: ChartStory = { name: 'Download buttons', args: { download: 'csv png svg' } };
/** Custom properties restyle the chart: fonts and the colour of 2017. */
export const CustomColours: ChartStory = {
  name: 'CSS custom properties',
  args: { style: '--chart-font-family: Georgia, serif; --chart-color-2017: #005f73;' },
};
