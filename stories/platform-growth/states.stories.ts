import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';

const meta: ChartMeta = { title: 'Charts/platform-growth/States', ...chartMeta('platform-growth') };
export default meta;

/** While `src` loads, the chart says so (this `src` never answers). */
export const Loading: ChartStory = { args: { src: `${dataUrl('police-fire.csv')}#pending` } };
/** A slow `src`: the loading text for three seconds, then the chart. */
export const SlowSource: ChartStory = {
  name: 'Slow src (3 s)',
  args: { organisation: 'fire', src: `${dataUrl('police-fire.csv')}#slow` },
};
export const UnknownOrganisation: ChartStory = {
  name: 'Error: unknown organisation',
  args: { organisation: 'school' },
};
export const MalformedJson: ChartStory = { name: 'Error: malformed JSON', args: { src: dataUrl('malformed.json') } };
export const NotFound: ChartStory = { name: 'Error: 404', args: { src: dataUrl('missing.json') } };
export const WrongShape: ChartStory = { name: 'Error: wrong shape', args: { src: dataUrl('wrong-shape.json') } };
export const ErrorEnglish: ChartStory = { name: 'Error, in English', args: { organisation: 'school', lang: 'en' } };
