import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';

const meta: ChartMeta = { title: 'Charts/adoption-chart/States', ...chartMeta('adoption-chart') };
export default meta;

/** While `src` loads, the chart says so (this `src` never answers). */
export const Loading: ChartStory = { args: { src: `${dataUrl('instagram.json')}#pending` } };
/** A slow `src`: the loading text for three seconds, then the chart. */
export const SlowSource: ChartStory = { name: 'Slow src (3 s)', args: { src: `${dataUrl('instagram.json')}#slow` } };
export const UnknownPlatform: ChartStory = { name: 'Error: unknown platform', args: { platform: 'tiktok' } };
export const UnknownYear: ChartStory = { name: 'Error: unknown year', args: { year: '2018' } };
export const MalformedJson: ChartStory = { name: 'Error: malformed JSON', args: { src: dataUrl('malformed.json') } };
export const NotFound: ChartStory = { name: 'Error: 404', args: { src: dataUrl('missing.json') } };
export const WrongShape: ChartStory = { name: 'Error: wrong shape', args: { src: dataUrl('wrong-shape.json') } };
export const BrokenInlineJson: ChartStory = { name: 'Error: broken inline JSON', args: { inline: '{ "findings": [ ' } };
export const ErrorEnglish: ChartStory = { name: 'Error, in English', args: { platform: 'tiktok', lang: 'en' } };
