import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // A catalogue for editors: no "Get started" checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false },
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
