import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PLATFORMS } from '../src/data/keys.js';

type Args = { platform: string; year: string; lang: string };

const meta: Meta<Args> = {
  title: 'Charts/adoption-chart',
  component: 'adoption-chart',
  render: ({ platform, year, lang }) =>
    html`<adoption-chart platform=${platform} year=${year} lang=${lang}></adoption-chart>`,
  argTypes: {
    platform: { control: 'select', options: [...PLATFORMS] },
    year: { control: 'select', options: ['', '2016', '2017'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  args: { platform: 'instagram', year: '', lang: 'nl' },
};
export default meta;

export const Playground: StoryObj<Args> = {};
