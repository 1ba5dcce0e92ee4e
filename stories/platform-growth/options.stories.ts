import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';

const meta: ChartMeta = { title: 'Charts/platform-growth/Options', ...chartMeta('platform-growth') };
export default meta;

// One per organisation: how each platform grew from 2016 to 2017.
export const Municipalities: ChartStory = { args: { organisation: 'municipality' } };
export const Ocmws: ChartStory = { name: "OCMW's", args: { organisation: 'ocmw' } };
/** Every police zone figure is a word fraction ("één op vijf"): open dots and dashed slopes only. */
export const ApproximateOnly: ChartStory = {
  name: 'Police zones: approximate figures only',
  args: { organisation: 'police' },
};
export const FireZones: ChartStory = { name: 'Fire zones', args: { organisation: 'fire' } };

export const Narrow: ChartStory = {
  name: 'Narrow (320 px)',
  args: { organisation: 'ocmw' },
  parameters: { width: 320 },
};
export const Wide: ChartStory = { name: 'Wide (1000 px)', args: { organisation: 'ocmw' }, parameters: { width: 1000 } };
export const Dutch: ChartStory = { name: 'Nederlands', args: { organisation: 'municipality', lang: 'nl' } };
export const English: ChartStory = { name: 'English', args: { organisation: 'municipality', lang: 'en' } };
export const EnglishNarrow: ChartStory = {
  name: 'English, narrow',
  args: { organisation: 'ocmw', lang: 'en' },
  parameters: { width: 320 },
};
export const Light: ChartStory = { args: { organisation: 'ocmw', theme: 'light' } };
export const Dark: ChartStory = { args: { organisation: 'ocmw', theme: 'dark' } };

/** Editor data from `src`: police and fire zones as CSV, one finding a row. */
export const EditorCsv: ChartStory = {
  name: 'Editor data: CSV from src',
  args: { organisation: 'fire', src: dataUrl('police-fire.csv') },
};
/** Editor data from `src`: only the Instagram findings, as JSON; the other platforms say "not in the article". */
export const EditorJson: ChartStory = {
  name: 'Editor data: JSON from src',
  args: { organisation: 'ocmw', src: dataUrl('instagram.json') },
};
