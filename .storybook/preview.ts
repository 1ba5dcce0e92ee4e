import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { TAGS, elements } from '../src/elements.js';
import { define } from '../src/base/define.js';
import { preloadParts } from '../src/parts/index.js';

// Registered here rather than by `import '../src/define.js'`: package.json's `sideEffects` lists only dist/
// files, so a production build would drop that import as side-effect free.
for (const tag of TAGS) define(tag, elements[tag]);

// Controls and the API tables of the docs pages come from the manifest generated from the JSDoc.
// Only the public API: protected members are for subclasses, not for the page.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((m) => ({
    ...m,
    declarations: (
      m.declarations as
        { members?: { privacy?: string; static?: boolean }[]; cssParts?: { name: string }[] }[] | undefined
    )?.map((d) => ({
      ...d,
      members: d.members?.filter((x) => !x.privacy && !x.static),
      // Storybook keys every row by name: a part called `download` would hide the `download` attribute.
      cssParts: d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
    })),
  })),
});

/**
 * Stories whose `src` URL ends in `#pending` never finish loading; `#slow` loads after three seconds.
 * The hash does not reach the server, so `stories-data/instagram.json#slow` is a real file, late.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof URL ? input : typeof input === 'string' ? new URL(input, document.baseURI) : null;
  if (url?.hash === '#pending') return new Promise<Response>(() => {});
  if (url?.hash === '#slow') return new Promise<Response>((r) => setTimeout(() => r(realFetch(input, init)), 3000));
  return realFetch(input, init);
};

const page = {
  light: { colorScheme: 'light', background: '#ffffff', color: '#1f2328' },
  dark: { colorScheme: 'dark', background: '#0d1117', color: '#e6edf3' },
  auto: {
    colorScheme: 'light dark',
    background: 'light-dark(#ffffff, #0d1117)',
    color: 'light-dark(#1f2328, #e6edf3)',
  },
};

/** The story root: the toolbar's language as `lang`, the page colours of the theme, the story's box width. */
const withRoot: Decorator = (story, { globals, args, parameters, viewMode }) => {
  const theme = ((args.theme as string) || (globals.theme as string) || 'auto') as keyof typeof page;
  const width = parameters.width as number | undefined;
  // A story fills the canvas: the page around the chart takes the theme's colours too (not on docs pages).
  if (viewMode === 'story')
    Object.assign(document.body.style, {
      background: (page[theme] ?? page.auto).background,
      colorScheme: (page[theme] ?? page.auto).colorScheme,
    });
  const style = {
    ...(page[theme] ?? page.auto),
    fontFamily: 'system-ui, sans-serif',
    padding: '1rem',
    maxWidth: width ? `${width}px` : '',
    boxSizing: 'content-box',
  };
  return html`<div class="story-root" lang=${(globals.lang as string) || 'nl'} style=${styleMap(style)}>
    ${story()}
  </div>`;
};

/** The languages the charts speak, from the `lang` attribute's type in the manifest ('nl' | 'en' | …). */
const NAMES: Record<string, string> = { nl: 'Nederlands', en: 'English', fr: 'Français', de: 'Deutsch' };
const languages = (() => {
  for (const m of manifest.modules)
    for (const d of (m.declarations ?? []) as {
      name: string;
      attributes?: { name: string; type?: { text: string } }[];
    }[])
      if (d.name === 'ChartElement') {
        const type = d.attributes?.find((a) => a.name === 'lang')?.type?.text ?? '';
        const codes = [...type.matchAll(/'([a-z-]+)'/g)].map((x) => x[1]);
        if (codes.length) return codes;
      }
  return ['nl', 'en'];
})();

const preview: Preview = {
  // English, French, editor data and downloads are fetched on first use; the catalogue has them at hand up front,
  // so that a story switched to English shows its chart at once.
  loaders: [
    async () => {
      await preloadParts();
      return {};
    },
  ],
  decorators: [withRoot],
  globalTypes: {
    lang: {
      description: 'Language of the charts (lang on the story root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languages.map((value) => ({ value, title: `${NAMES[value] ?? value} (${value})` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the charts and the page',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'auto (system)' },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'auto' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Introduction', 'Charts', ['*', ['Docs', 'Playground', 'Options', 'States', 'Accessibility']]],
      },
    },
  },
};
export default preview;
