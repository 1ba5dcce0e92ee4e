import { chartMeta, type ChartMeta, type ChartStory, dataUrl, renderChart } from '../support.js';
import { ORGANISATION_KEYS, PLATFORMS, TOPICS } from '../../src/data/keys.js';

const meta: ChartMeta = {
  title: 'Charts/survey-figure/Options',
  ...chartMeta('survey-figure', { organisation: ORGANISATION_KEYS, platform: PLATFORMS, topic: TOPICS }),
};
export default meta;

/** OCMW's on social media: 45% → 67%, both exact. */
export const OcmwSocialMedia: ChartStory = {
  name: "OCMW's on social media",
  args: { organisation: 'ocmw', platform: 'social-media' },
};
export const FireInstagram: ChartStory = {
  name: 'Fire zones on Instagram',
  args: { organisation: 'fire', platform: 'instagram' },
};
/** Police zones on Instagram: about 1 in 10 → about 1 in 5, word fractions only. */
export const ApproximateOnly: ChartStory = {
  name: 'Approximate only: police zones on Instagram',
  args: { organisation: 'police', platform: 'instagram' },
};
export const OneYear: ChartStory = {
  name: 'One year: 2017',
  args: { organisation: 'ocmw', platform: 'social-media', year: '2017' },
};
/** One finding by its id: 13% of municipalities have video made. */
export const ByFinding: ChartStory = {
  name: 'One finding by id',
  args: { finding: 'municipality-video-outsourced-2017' },
};
/** A finding without a number: the article's words. */
export const WordsOnly: ChartStory = { name: 'Words only (no number)', args: { finding: 'all-facebook-live-2017' } };
/** As it is meant to stand: floated in a paragraph's margin (the paragraph is the article's own first lines). */
export const InAParagraph: ChartStory = {
  name: 'In a paragraph',
  args: {
    organisation: 'ocmw',
    platform: 'social-media',
    style: 'float: right; width: 12rem; margin: 0 0 0.5rem 1rem',
  },
  parameters: { width: 640 },
  render: (args, context) => {
    const p = document.createElement('p');
    p.lang = 'nl';
    p.style.lineHeight = '1.5';
    p.append(
      renderChart('survey-figure')(args, context),
      'Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien. ' +
        'De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017) en zien ook het belang van hun online ' +
        'aanwezigheid in. Dat blijkt uit ons onderzoek Sociale mediagebruik bij lokale besturen 2017.',
    );
    return p;
  },
};

export const Narrow: ChartStory = {
  name: 'Narrow (320 px)',
  args: { organisation: 'ocmw', platform: 'social-media' },
  parameters: { width: 320 },
};
export const Wide: ChartStory = {
  name: 'Wide (1000 px)',
  args: { organisation: 'ocmw', platform: 'social-media' },
  parameters: { width: 1000 },
};
export const Dutch: ChartStory = {
  name: 'Nederlands',
  args: { organisation: 'ocmw', platform: 'social-media', lang: 'nl' },
};
export const English: ChartStory = {
  name: 'English',
  args: { organisation: 'ocmw', platform: 'social-media', lang: 'en' },
};
export const EnglishNarrow: ChartStory = {
  name: 'English, narrow',
  args: { organisation: 'ocmw', platform: 'social-media', lang: 'en' },
  parameters: { width: 320 },
};
export const Light: ChartStory = { args: { organisation: 'ocmw', platform: 'social-media', theme: 'light' } };
export const Dark: ChartStory = { args: { organisation: 'ocmw', platform: 'social-media', theme: 'dark' } };

/** Editor data from `src`: the Instagram findings as JSON (fire zones, 40% to 57%). */
export const EditorData: ChartStory = {
  name: 'Editor data from src',
  args: { organisation: 'fire', platform: 'instagram', src: dataUrl('instagram.json') },
};
/** Download buttons under the chart: the data as CSV, the image as PNG or SVG. */
export const Download: ChartStory = {
  name: 'Download buttons',
  args: { organisation: 'ocmw', platform: 'social-media', download: 'csv png svg' },
};
/** Custom properties restyle the chart: fonts and the colour of 2017. */
export const CustomColours: ChartStory = {
  name: 'CSS custom properties',
  args: {
    organisation: 'ocmw',
    platform: 'social-media',
    style: '--chart-font-family: Georgia, serif; --chart-color-2017: #005f73;',
  },
};
