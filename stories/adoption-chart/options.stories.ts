import { chartMeta, type ChartMeta, type ChartStory, dataUrl } from '../support.js';

const meta: ChartMeta = { title: 'Charts/adoption-chart/Options', ...chartMeta('adoption-chart') };
export default meta;

// One per platform: which organisations are on it, 2016 and 2017.
export const SocialMedia: ChartStory = { name: 'Social media (any platform)', args: { platform: 'social-media' } };
export const Facebook: ChartStory = { args: { platform: 'facebook' } };
export const Twitter: ChartStory = { args: { platform: 'twitter' } };
export const Instagram: ChartStory = { args: { platform: 'instagram' } };
/** Every WhatsApp figure is a word fraction or a bound: open dots, dashed links, "≈", ">" and "<". */
export const ApproximateOnly: ChartStory = {
  name: 'WhatsApp: approximate figures only',
  args: { platform: 'whatsapp' },
};

export const Year2016: ChartStory = { name: 'One year: 2016', args: { platform: 'instagram', year: '2016' } };
export const Year2017: ChartStory = { name: 'One year: 2017', args: { platform: 'instagram', year: '2017' } };

export const Narrow: ChartStory = {
  name: 'Narrow (320 px)',
  args: { platform: 'instagram' },
  parameters: { width: 320 },
};
export const Wide: ChartStory = {
  name: 'Wide (1000 px)',
  args: { platform: 'instagram' },
  parameters: { width: 1000 },
};
export const Dutch: ChartStory = { name: 'Nederlands', args: { platform: 'whatsapp', lang: 'nl' } };
export const English: ChartStory = { name: 'English', args: { platform: 'whatsapp', lang: 'en' } };
export const EnglishNarrow: ChartStory = {
  name: 'English, narrow',
  args: { platform: 'instagram', lang: 'en' },
  parameters: { width: 320 },
};
export const Light: ChartStory = { args: { platform: 'instagram', theme: 'light' } };
export const Dark: ChartStory = { args: { platform: 'instagram', theme: 'dark' } };

/** Editor data from `src`: the Instagram findings as JSON, with the data's own title and source. */
export const EditorJson: ChartStory = {
  name: 'Editor data: JSON from src',
  args: { platform: 'instagram', src: dataUrl('instagram.json') },
};
/** Editor data from `src`: police and fire zones as CSV. Organisations the file has nothing on say so. */
export const EditorCsv: ChartStory = {
  name: 'Editor data: CSV from src',
  args: { platform: 'whatsapp', src: dataUrl('police-fire.csv') },
};
/** Custom properties restyle the chart: fonts and the colours of the years. */
export const CustomColours: ChartStory = {
  name: 'CSS custom properties',
  args: {
    platform: 'instagram',
    style: '--chart-font-family: Georgia, serif; --chart-color-2016: #8a4b00; --chart-color-2017: #005f73;',
  },
};
/** The editor's own words: heading, description, note, byline and a linked source (every element takes them). */
export const EditorWords: ChartStory = {
  name: 'The editor’s words',
  args: {
    platform: 'instagram',
    heading: 'Brandweer haalt in op Instagram',
    description: 'Vooral de brandweerzones kwamen er tussen 2016 en 2017 bij.',
    note: 'Noot van de redactie: de bevraging van 2017 telde niet overal hoeveel besturen antwoordden.',
    byline: 'Grafiek: redactie',
    source: 'VVSG & Socialemediaburo.be',
    'source-url': 'https://www.vvsg.be/',
  },
};
