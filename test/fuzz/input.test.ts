/**
 * Generated bad input (issue 16), with fast-check: attributes, properties of any type, the `data` property, inline
 * JSON and `src` bodies (JSON and CSV), with HTML, script, unicode and huge strings in every field. Whatever comes
 * in: no uncaught error, no element made from the data's text, either a chart or a message (role=alert) in the
 * element, and the message's problem warned about exactly once in the console. Seeded and bounded: the same runs
 * every time, a few seconds per suite. A failure prints its seed and the smallest input that fails.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../preload.js';
import '../../src/define.js';
import { ORGANISATION_KEYS, PLATFORMS, PRECISIONS, TOPICS } from '../../src/data/keys.js';
import { TAGS } from '../../src/tags.js';
import { recordConsole } from './console.js';
import { SHOWN } from '../helpers.js';

type Chart = HTMLElement & Record<PropertyKey, unknown> & { updateComplete: Promise<unknown>; requestUpdate(): void };

const SEED = 16;
const RUNS = 60;
const { errors, warnings } = recordConsole(before, after);
/** The console's own warn, which still prints while the suite records the page's warnings. */
const warn = console.warn;

let box: HTMLElement;
beforeEach(async () => {
  box = await fixture(html`<div style="width:600px"></div>`);
});

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '"><svg onload="window.__pwned=1">',
  '<!--<script>',
  '</script><script>window.__pwned=1</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__',
  '\u0000\u202e\ufeff',
  '🙂‍🌈'.repeat(40),
];
/** Text as an editor or an attacker writes it: random, unicode, markup, or huge. */
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '2016', '2017', 'facebook', 'fire', 'all', 'presence'),
  fc.integer({ min: 3, max: 6 }).map((n) => `<b>${'x'.repeat(10 ** n)}</b>`),
);
const hostile = () => ({
  toString() {
    throw new Error('toString says no');
  },
});
/** A property value of any kind. */
const anyValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, NaN, Infinity, -0),
  fc.string({ maxLength: 5 }).map((s) => Symbol(s)),
  fc.constant(null).map(hostile),
  fc.object({ maxDepth: 2 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
);

/** A field of a finding: often right, often wrong in any way. */
const field = <T>(good: readonly T[]) => fc.oneof(fc.constantFrom(...good), fc.constantFrom(...good), anyValue);
const finding = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[\w.-]{1,12}$/), text),
    organisation: field(ORGANISATION_KEYS),
    platform: field([...PLATFORMS, null]),
    topic: field(TOPICS),
    year: field([2016, 2017, '2017']),
    share: field([0, 0.455, 1, '45%', '1/3', '0,45', null]),
    precision: field(PRECISIONS),
    words: fc.oneof(text, anyValue),
    wordsEn: fc.oneof(text, anyValue),
    wordsFr: text,
    note: text,
  },
  { requiredKeys: ['id', 'organisation', 'year', 'precision', 'words'] },
);
/** Data as an editor may give it: a dataset, a bare list, or anything JSON (and deeper than JSON should go). */
const dataset = fc.oneof(
  fc.record({ title: text, source: text, published: text, findings: fc.array(finding, { maxLength: 6 }) }),
  fc.array(finding, { minLength: 1, maxLength: 6 }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 100, max: 20000 }).map((n) => {
    let deep: unknown = [];
    for (let i = 0; i < n; i++) deep = [deep];
    return { findings: deep };
  }),
);

const settle = async (el: Chart) => {
  for (let i = 0; i < 3; i++) await el.updateComplete.catch(() => undefined);
  await new Promise((r) => setTimeout(r));
  await el.updateComplete.catch(() => undefined);
};

/** What must hold for any input, once the chart has settled; `loading` allows a src still on its way. */
async function verdict(el: Chart, label: string) {
  try {
    await check(el, label);
  } catch (e) {
    // The reason, in the browser log (fast-check reports the input).
    warn.call(console, String(e).slice(0, 600));
    throw e;
  }
}

async function check(el: Chart, label: string) {
  await settle(el);
  // Rendering again (a resize, a hover) warns no more.
  el.requestUpdate();
  await settle(el);
  const root = el.shadowRoot!;
  expect(errors, label).to.deep.equal([]);
  expect(root.querySelector('script, img, iframe, object, embed, b, foreignObject'), label).to.equal(null);
  expect((window as { __pwned?: number }).__pwned, label).to.equal(undefined);
  const alert = root.querySelector('[role="alert"]');
  const figure = root.querySelector(SHOWN);
  expect(!!alert || !!figure, `${label}: neither chart nor message (${root.textContent?.slice(0, 80)})`).to.equal(true);
  const mine = warnings.filter((w) => w.startsWith(`<${el.localName}>`));
  if (alert) {
    const problem = alert.textContent!.slice(alert.querySelector('strong')!.textContent!.length);
    expect(problem, label).to.not.equal('');
    expect(
      mine.filter((w) => w == `<${el.localName}>: ${problem}`),
      `${label}: ${mine.join(' | ').slice(0, 300)}`,
    ).to.have.length(1);
  } else expect(mine, label).to.deep.equal([]);
}

/** Seeded: the same inputs every run. To replay a failure, pass the `seed` and `path` fast-check reports. */
const run = <T>(property: fc.IAsyncProperty<T>) => fc.assert(property, { seed: SEED, numRuns: RUNS });

/** A fresh element of a random kind in the box, its warnings and errors counted from now. */
const make = async (tag: string) => {
  // The last run's chart settles first: an update it still had to do would count in this run.
  for (const old of box.children) await settle(old as Chart);
  box.replaceChildren();
  errors.length = 0;
  warnings.length = 0;
  return document.createElement(tag) as Chart;
};

const ATTRIBUTES = ['platform', 'year', 'organisation', 'topic', 'finding', 'theme', 'download'];
const tag = fc.constantFrom(...TAGS);

describe('generated input (fast-check)', function () {
  this.timeout(30000);

  it('attributes: any text in any attribute', () =>
    run(
      fc.asyncProperty(
        tag,
        fc.dictionary(fc.constantFrom(...ATTRIBUTES), text, { maxKeys: 4 }),
        fc.constantFrom('', 'nl', 'en', 'fr-BE', 'de', '<x>'),
        async (t, attrs, lang) => {
          const el = await make(t);
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          if (lang) box.setAttribute('lang', lang);
          else box.removeAttribute('lang');
          box.append(el);
          await verdict(el, `${t} ${JSON.stringify(attrs).slice(0, 200)}`);
          // Removing every attribute gives the chart its defaults back.
          for (const name of Object.keys(attrs)) el.removeAttribute(name);
          // (survey-figure needs its organisation: it says so, and is let settle before the next run counts.)
          if (t == 'survey-figure') return settle(el);
          warnings.length = 0;
          await verdict(el, `${t} after removal`);
          expect(el.shadowRoot!.querySelector('[role="alert"]'), `${t} after removal`).to.equal(null);
        },
      ),
    ));

  it('properties: values of any type, before and after the element is connected', () =>
    run(
      fc.asyncProperty(
        tag,
        fc.dictionary(fc.constantFrom(...ATTRIBUTES, 'src'), anyValue, { maxKeys: 3 }),
        fc.dictionary(fc.constantFrom(...ATTRIBUTES), anyValue, { maxKeys: 2 }),
        async (t, early, late) => {
          const el = await make(t);
          // A src only where it can be answered at once (a blob URL would be another suite).
          if ('src' in early) early.src = 'data:application/json,%7B%7D';
          Object.assign(el, early);
          box.append(el);
          await settle(el);
          Object.assign(el, late);
          await verdict(el, t);
        },
      ),
    ));

  it('the data property: any data, HTML in every text', () =>
    run(
      fc.asyncProperty(
        fc.constantFrom('adoption-chart', 'platform-growth', 'interaction-gap'),
        dataset,
        async (t, d) => {
          const el = await make(t);
          el.data = d;
          box.append(el);
          await verdict(el, `${t} ${String(JSON.stringify(d)).slice(0, 300)}`);
        },
      ),
    ));

  it('inline JSON: any data, or any text, in the child script', () =>
    run(
      fc.asyncProperty(
        fc.constantFrom('adoption-chart', 'video-adoption'),
        fc.oneof(
          dataset.map((d) => {
            try {
              return JSON.stringify(d) ?? '';
            } catch {
              return '[';
            }
          }),
          text,
        ),
        async (t, body) => {
          const el = await make(t);
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = body;
          el.append(script);
          box.append(el);
          await verdict(el, `${t} ${body.slice(0, 300)}`);
        },
      ),
    ));

  it('src bodies: JSON and CSV (with "," and ";"), UTF-8 and Windows-1252', () =>
    run(
      fc.asyncProperty(
        fc.array(finding, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('json', ',', ';'),
        fc.boolean(),
        async (findings, format, latin) => {
          const el = await make('adoption-chart');
          const cell = (v: unknown) => {
            let s: string;
            try {
              s = typeof v == 'symbol' ? v.toString() : String(v ?? '');
            } catch {
              s = '';
            }
            return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
          };
          const keys = ['id', 'organisation', 'platform', 'topic', 'year', 'share', 'precision', 'words', 'note'];
          let body: string;
          if (format == 'json') {
            try {
              body = JSON.stringify(findings);
            } catch {
              body = '[1';
            }
          } else
            body = [keys, ...findings.map((f) => keys.map((k) => (f as Record<string, unknown>)[k]))]
              .map((row) => row.map(cell).join(format))
              .join('\r\n');
          const bytes = latin
            ? Uint8Array.from(body, (c) => Math.min(c.charCodeAt(0), 255))
            : new TextEncoder().encode(body);
          const type = format == 'json' ? 'application/json' : 'text/csv';
          const url = URL.createObjectURL(new Blob([bytes], { type }));
          el.setAttribute('src', url);
          box.append(el);
          const until = Date.now() + 3000;
          while (!el.shadowRoot?.querySelector(`${SHOWN}, [role="alert"]`)) {
            if (Date.now() > until) break;
            await new Promise((r) => setTimeout(r, 10));
          }
          await verdict(el, `${format} ${latin} ${body.slice(0, 300)}`);
          URL.revokeObjectURL(url);
        },
      ),
    ));
});
