import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';
import { ORGANISATION_KEYS, PLATFORMS, TOPICS } from '../../src/data/keys.js';

const meta: ChartMeta = {
  title: 'Charts/survey-figure/States',
  ...chartMeta('survey-figure', { organisation: ORGANISATION_KEYS, platform: PLATFORMS, topic: TOPICS }),
};
export default meta;

/** While `src` loads, the chart says so (this `src` never answers). */
export const Loading: ChartStory = {
  args: { organisation: 'fire', platform: 'instagram', src: `${dataUrl('instagram.json')}#pending` },
};
/** A slow `src`: the loading text for three seconds, then the chart. */
export const SlowSource: ChartStory = {
  name: 'Slow src (3 s)',
  args: { organisation: 'fire', platform: 'instagram', src: `${dataUrl('instagram.json')}#slow` },
};
export const MissingOrganisation: ChartStory = { name: 'Error: no organisation (nor finding)', args: {} };
export const UnknownOrganisation: ChartStory = {
  name: 'Error: unknown organisation',
  args: { organisation: 'school', platform: 'facebook' },
};
export const UnknownTopic: ChartStory = {
  name: 'Error: unknown topic',
  args: { organisation: 'ocmw', topic: 'podcast' },
};
export const UnknownFinding: ChartStory = { name: 'Error: unknown finding id', args: { finding: 'ocmw-tiktok-2017' } };
/** A combination the article has nothing on: the message lists what it does have. */
export const NothingInTheArticle: ChartStory = {
  name: 'Error: nothing in the article',
  args: { organisation: 'fire', platform: 'facebook' },
};
export const MalformedJson: ChartStory = {
  name: 'Error: malformed JSON',
  args: { organisation: 'ocmw', src: dataUrl('malformed.json') },
};
export const NotFound: ChartStory = {
  name: 'Error: 404',
  args: { organisation: 'ocmw', src: dataUrl('missing.json') },
};
export const WrongShape: ChartStory = {
  name: 'Error: wrong shape',
  args: { organisation: 'ocmw', src: dataUrl('wrong-shape.json') },
};
export const BrokenInlineJson: ChartStory = {
  name: 'Error: broken inline JSON',
  args: { organisation: 'ocmw', inline: '{ "findings": [ ' },
};
export const ErrorEnglish: ChartStory = {
  name: 'Error, in English',
  args: { organisation: 'ocmw', src: dataUrl('missing.json'), lang: 'en' },
};
