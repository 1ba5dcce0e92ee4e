import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { storybookStatic } from './scripts/wtr-storybook.mjs';
import { packagePlugin } from './scripts/wtr-package.mjs';
import { fuzzServer } from './test/fuzz/server.mjs';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

/**
 * Commands for the accessibility tests (test/a11y): `media-features` emulates any media feature Chromium knows,
 * forced-colors and prefers-contrast included ([{ name: 'forced-colors', value: 'active' }]; [] resets);
 * `tap` taps the touchscreen at [x, y] (CSS px of the page); `ax-tree` returns the full accessibility tree.
 */
const a11yCommands = {
  name: 'a11y-commands',
  async executeCommand({ command, payload, session }) {
    const page = session.browser.getPage?.(session.id);
    if (command === 'media-features') {
      // Firefox (puppeteer over WebDriver BiDi) and WebKit (WebDriver) emulate nothing: resetting is a no-op there,
      // and the tests that emulate a feature are left out in those engines (web-test-runner.engines.config.mjs).
      if (session.browser.name !== 'Chrome' && !payload.length) return true;
      await page.emulateMediaFeatures(payload);
      return true;
    }
    if (command === 'tap') {
      await page.touchscreen.tap(payload[0], payload[1]);
      return true;
    }
    // The whole accessibility tree, ignored and generic nodes included: groups with focusable children show.
    if (command === 'ax-tree') return page.accessibility.snapshot({ interestingOnly: false });
  },
};

/**
 * `/delay/<ms>/<path>`: the file at <path>, served <ms> milliseconds late (at most 10 s): a slow network, for
 * test/embed/delayed.test.ts.
 */
async function delayed(ctx, next) {
  const match = ctx.path.match(/^\/delay\/(\d+)(\/.*)$/);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Math.min(Number(match[1]), 10000)));
  ctx.path = match[2];
  return next();
}

/**
 * `/raw/<path>`: the project's file at <path> as it is on disk, not turned into a module by the dev server (a
 * `.json` file is, for the tests that import one): data/survey-2017.json as a newsroom hosts it for `src`.
 */
async function raw(ctx, next) {
  const match = ctx.path.match(/^\/raw\/((?:data|test)\/[\w./-]+)$/);
  if (!match || match[1].includes('..')) return next();
  ctx.type = extname(match[1]) == '.json' ? 'application/json' : 'text/plain';
  ctx.body = await readFile(new URL(match[1], import.meta.url));
}

const executablePath = CHROME_PATH;
if (!existsSync(executablePath)) {
  console.error(
    `No browser found at ${executablePath}. Install Debian's Chromium (apt-get install chromium) ` +
      'or point CHROME_PATH at a Chrome or Chromium binary.',
  );
  process.exit(1);
}

export const chromeArgs = ['--headless=new', ...CHROME_ARGS];

export default {
  rootDir: '.',
  // Several runs side by side (helpers, bench) need their own port: WTR_PORT=8123 npm run test:only.
  port: Number(process.env.WTR_PORT) || 8000,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // storybook-static/ as it is built, untouched by the plugins (test/storybook); a src that fails at first and a
  // page that arrives in two parts (test/fuzz); files as they are on disk.
  middleware: [storybookStatic, delayed, raw, fuzzServer],
  // One page at a time: a background page gets no animation frames and no real keyboard focus.
  concurrency: 1,
  // A file's tests must all end within this: the layout-shift suite (49 pages, up to 60 charts each) takes about two
  // to four and a half minutes in WebKit on a loaded 2-core machine.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    a11ySnapshotPlugin(),
    a11yCommands,
    // test/package: type-checks fixtures against dist/, serves dist/react.js bundled with React.
    packagePlugin,
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  reporters: [defaultReporter(), summaryReporter()],
};
