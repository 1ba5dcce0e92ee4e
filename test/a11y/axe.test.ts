import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $ } from '../helpers.js';
import { renderTag, TAGS, type Theme } from './util.js';

/** axe-core over every element of src/elements.ts: Dutch and English, light and dark, 320 px and 1000 px wide. */
describe('axe: every element, both languages, both themes, narrow and wide', () => {
  before(() => setViewport({ width: 1100, height: 900 }));

  for (const tag of TAGS)
    for (const lang of ['nl', 'en'] as const)
      for (const theme of ['light', 'dark'] as Theme[])
        for (const width of [320, 1000])
          it(`<${tag}> ${lang} ${theme} ${width} px: no violations, table open too`, async () => {
            const el = await renderTag(tag, { lang, theme, width });
            await expect(el).to.be.accessible();
            const toggle = $(el, 'button[part="table-toggle"]');
            if (toggle) {
              toggle.click();
              await el.updateComplete;
              await expect(el).to.be.accessible();
            }
          });
});
