import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';

const meta: ChartMeta = { title: 'Charts/interaction-gap/States', ...chartMeta('interaction-gap') };
export default meta;

// No attributes of its own, so no "unknown value" error: the data errors below are its error states.

/** While `src` loads, the chart says so (this `src` never answers). */
export const Loading: ChartStory = { args: { src: `${dataUrl('interaction.json')}#pending` } };
/** A slow `src`: the loading text for three seconds, then the chart. */
export const SlowSource: ChartStory = { name: 'Slow src (3 s)', args: { src: `${dataUrl('interaction.json')}#slow` } };
/** Editor data without any interaction finding: the chart says the article has nothing on it. */
export const NothingToShow: ChartStory = {
  name: 'Data without interaction findings',
  args: { src: dataUrl('instagram.json') },
};
export const MalformedJson: ChartStory = { name: 'Error: malformed JSON', args: { src: dataUrl('malformed.json') } };
export const NotFound: ChartStory = { name: 'Error: 404', args: { src: dataUrl('missing.json') } };
export const WrongShape: ChartStory = { name: 'Error: wrong shape', args: { src: dataUrl('wrong-shape.json') } };
export const BrokenInlineJson: ChartStory = { name: 'Error: broken inline JSON', args: { inline: '{ "findings": [ ' } };
export const ErrorEnglish: ChartStory = {
  name: 'Error, in English',
  args: { src: dataUrl('missing.json'), lang: 'en' },
};
