import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [
    // Editor data for the `src` stories (relative URLs: `stories-data/…`).
    { from: '../stories/data', to: '/stories-data' },
    // The one-file embed script, so the copied snippet works from wherever this Storybook is hosted.
    { from: '../dist', to: '/dist' },
    // The article the data comes from, linked from the introduction (data/README.md).
    { from: '../data/source', to: '/source' },
  ],
};
export default config;
