/**
 * The defects of issue 16 that hand-made input found, each as the input that showed it: property values of the
 * wrong kind, removed attributes, unknown theme and lang, NaN in the data, huge values in a message, and a `src`
 * that is too large, never answers, or belongs to a chart that was removed.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../preload.js';
import '../../src/define.js';
import { limits } from '../../src/data/schema.js';
import { $, SHOWN, html } from '../helpers.js';
import { recordConsole } from './console.js';

type Chart = HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown>; requestUpdate(): void };

const { errors, warnings } = recordConsole(beforeEach, afterEach);

const settle = async (el: Chart) => {
  for (let i = 0; i < 3; i++) await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};
const text = (el: Chart) => ($(el, '[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ');
const chart = async (tag: string, attrs = '') => {
  const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
  box.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = box.firstElementChild as Chart;
  await settle(el);
  return el;
};
const hostile = () => ({
  toString() {
    throw new Error('toString says no');
  },
});

describe('property values of the wrong kind', () => {
  for (const [tag, prop] of [
    ['adoption-chart', 'platform'],
    ['adoption-chart', 'year'],
    ['platform-growth', 'organisation'],
    ['platform-matrix', 'year'],
    ['survey-figure', 'organisation'],
    ['survey-figure', 'finding'],
    ['survey-figure', 'topic'],
  ] as const) {
    for (const [kind, make] of [
      ['a Symbol', () => Symbol('odd')],
      ['an object whose toString throws', hostile],
    ] as const) {
      it(`${tag}.${prop} = ${kind}: a message, no uncaught error`, async () => {
        const el = await chart(tag, tag == 'survey-figure' ? 'organisation="fire" platform="instagram"' : '');
        el[prop] = make();
        await settle(el);
        expect(errors).to.deep.equal([]);
        expect($(el, '[role="alert"]'), text(el)).to.not.equal(null);
        expect(warnings).to.have.length(1);
      });
    }
  }

  it('download and theme = a Symbol or a throwing toString: no uncaught error, a message', async () => {
    for (const prop of ['download', 'theme']) {
      for (const make of [() => Symbol('odd'), hostile]) {
        const el = await chart('adoption-chart');
        el[prop] = make();
        await settle(el);
        expect(errors, prop).to.deep.equal([]);
        // An unknown value of either is said in the element (a Symbol's text is no format nor theme).
        expect($(el, '[role="alert"]'), prop).to.not.equal(null);
      }
    }
  });
});

describe('removed attributes', () => {
  for (const [tag, attrs, removed] of [
    ['adoption-chart', 'platform="facebook" year="2017"', ['platform', 'year']],
    ['platform-growth', 'organisation="fire"', ['organisation']],
    ['platform-matrix', 'year="2016"', ['year']],
    ['survey-figure', 'organisation="fire" platform="instagram" year="2017"', ['year']],
  ] as const) {
    it(`${tag}: removing ${removed.join(', ')} gives the default, not "null"`, async () => {
      const el = await chart(tag, attrs);
      expect($(el, SHOWN)).to.not.equal(null);
      for (const name of removed) el.removeAttribute(name);
      await settle(el);
      expect(text(el)).to.equal('');
      expect($(el, SHOWN)).to.not.equal(null);
      expect(warnings).to.deep.equal([]);
    });
  }
});

describe('a property set to null or undefined by a script', () => {
  it('theme (reflected, its attribute still there until the update) gets its default, not "null" (input.test, seed 5128)', async () => {
    for (const value of [null, undefined]) {
      const el = await chart('adoption-chart');
      el.theme = value;
      await settle(el);
      expect(text(el), String(value)).to.equal('');
      expect(el.theme).to.equal('auto');
      expect($(el, SHOWN)).to.not.equal(null);
    }
    expect(warnings).to.deep.equal([]);
  });
});

describe('an empty year', () => {
  it('platform-matrix year="": its default year, without a passing "undefined" warning (found by input.test)', async () => {
    const el = await chart('platform-matrix', 'year=""');
    expect(text(el)).to.equal('');
    expect($(el, SHOWN)).to.not.equal(null);
    expect(warnings).to.deep.equal([]);
  });
});

describe('unknown theme and lang', () => {
  it('an unknown theme is said as any wrong attribute is, with one console warning', async () => {
    const el = await chart('adoption-chart', 'theme="purple"');
    el.requestUpdate();
    await settle(el);
    expect(text(el)).to.contain('Onbekende waarde "purple" voor theme. Geldige waarden: auto, light, dark.');
    expect(warnings.filter((w) => w.includes('"purple"'))).to.have.length(1);
    el.setAttribute('theme', 'dark');
    await settle(el);
    expect($(el, SHOWN)).to.not.equal(null);
  });

  it('an unknown lang of the chart’s own is said as any wrong attribute is, with one console warning', async () => {
    const el = await chart('adoption-chart', 'lang="de"');
    el.requestUpdate();
    await settle(el);
    expect(text(el)).to.contain('Onbekende waarde "de" voor lang. Geldige waarden: nl, en, fr.');
    expect($(el, SHOWN)).to.equal(null);
    expect(warnings.filter((w) => w.includes('"de"'))).to.have.length(1);
    for (const [lang, language] of [
      ['fr-BE', 'fr'],
      ['EN', 'en'],
      ['', 'nl'],
    ]) {
      el.setAttribute('lang', lang);
      await settle(el);
      await waitUntil(() => $(el, SHOWN), lang, { timeout: 3000 });
      expect(text(el), lang).to.equal('');
      expect($(el, SHOWN)!.getAttribute('lang'), lang).to.equal(language);
    }
    expect(warnings).to.have.length(1);
  });

  it('a page in another language (lang="de" on an ancestor) gets Dutch charts, without a message', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="de" style="width:600px"></div>`);
    box.innerHTML = '<adoption-chart></adoption-chart>';
    const el = box.firstElementChild as Chart;
    await settle(el);
    expect($(el, SHOWN)).to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Instagram');
    expect(warnings).to.deep.equal([]);
  });

  it('download takes whole words: "png" and "csv" are formats, "csvpng" and "svgz" are none and are said', async () => {
    const buttons = (el: Chart) => [...el.shadowRoot!.querySelectorAll('[part="download"]')].length;
    for (const value of ['csvpng svgz', 'pdf', 'png pdf']) {
      warnings.length = 0;
      const el = await chart('adoption-chart', `download="${value}"`);
      await waitUntil(() => $(el, '[role="alert"]'), value, { timeout: 4000 });
      expect(text(el), value).to.contain(value.split(' ').find((w) => w != 'png')!);
      expect(text(el), value).to.contain('csv');
      expect(warnings, value).to.have.length(1);
      el.parentElement!.remove();
    }
    for (const [value, count] of [
      ['png, csv', 2],
      ['svg', 1],
      ['', 3],
    ] as const) {
      const el = await chart('adoption-chart', `download="${value}"`);
      await waitUntil(() => $(el, 'svg .hit'), value, { timeout: 4000 });
      await settle(el);
      expect(buttons(el), value).to.equal(count);
      // Out of the way: the next chart draws in view.
      el.parentElement!.remove();
    }
  });
});

describe('data', () => {
  const finding = { id: 'a', organisation: 'fire', platform: 'instagram', precision: 'exact', words: 'w' };

  it('two findings for one cell are refused, naming the record, its field and the first (survey-figure showed "2016–2017–2017")', async () => {
    const el = await chart('survey-figure', 'organisation="fire" platform="instagram"');
    el.data = [
      { ...finding, year: 2016, share: 0.4 },
      { ...finding, id: 'b', year: 2017, share: 0.5 },
      { ...finding, id: 'c', year: '2017', share: 0.6 },
    ];
    await settle(el);
    expect(text(el)).to.contain(
      'Record "c" (findings[2]): veld "year" is "2017"; verwacht werd één bevinding per soort bestuur, platform, onderwerp en jaar; record "b" (findings[1]) heeft dezelfde vier.',
    );
    expect($(el, SHOWN)).to.equal(null);
    expect(warnings).to.have.length(1);
    // The same year for another platform, or another topic, is a cell of its own.
    el.data = [
      { ...finding, year: 2017, share: 0.5 },
      { ...finding, id: 'b', year: 2017, share: 0.6, platform: 'facebook' },
      { ...finding, id: 'c', year: 2017, share: 0.2, topic: 'video' },
    ];
    await settle(el);
    expect(text(el)).to.equal('');
    expect($(el, SHOWN)).to.not.equal(null);
  });

  it('an exact 45.5% is shown as 45,5% in the labels, the table and the tooltip, never rounded to 46%', async () => {
    for (const [lang, shown] of [
      ['nl', '45,5%'],
      ['en', '45.5%'],
      ['fr', '45,5\u00A0%'],
    ]) {
      const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement('adoption-chart') as unknown as Chart;
      el.lang = lang;
      el.data = [
        { ...finding, year: 2016, share: '45,5%' },
        { ...finding, id: 'b', year: 2017, share: 0.575, precision: 'more-than' },
      ];
      box.append(el);
      await settle(el);
      await waitUntil(() => $(el, 'svg .hit'), lang, { timeout: 4000 });
      const labels = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent).join(' | ');
      expect(labels, lang).to.contain(shown);
      expect(labels, lang).to.contain(`>\u202F${shown.replace('45,5', '57,5').replace('45.5', '57.5')}`);
      const table = $(el, 'table')!.textContent!;
      expect(table, lang).to.contain(shown);
      ($(el, '.hit[data-key="fire-2016"]') ?? el.shadowRoot!.querySelector<HTMLElement>('.hit')!).focus();
      await settle(el);
      expect($(el, '[role="tooltip"]')!.textContent, lang).to.contain(shown);
      for (const t of [labels, table]) expect(t, lang).to.not.match(/46\s?%/);
    }
  });
});

describe('messages', () => {
  const finding = { id: 'x', organisation: 'fire', platform: 'instagram', year: 2017, precision: 'exact', words: 'w' };

  it('NaN and Infinity are named as such, not "null"', async () => {
    for (const share of [NaN, Infinity, -Infinity]) {
      const el = await chart('adoption-chart');
      el.data = [{ ...finding, share }];
      await settle(el);
      expect(text(el)).to.contain(`"share" is ${share}`);
    }
  });

  it('a cyclic or BigInt value names the record and field, not the engine’s words', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const words of [cyclic, 10n]) {
      const el = await chart('adoption-chart');
      el.data = [{ ...finding, share: 0.5, words }];
      await settle(el);
      expect(text(el)).to.contain('Record "x" (findings[0]): veld "words"');
    }
    expect(errors).to.deep.equal([]);
  });

  it('a huge value is cut in the message and the console, and a long message wraps', async () => {
    const el = await chart('adoption-chart');
    el.style.width = '320px';
    el.data = [{ ...finding, share: 0.5, words: [`https://example.org/${'a'.repeat(2_000_000)}`] }];
    const t0 = performance.now();
    await settle(el);
    expect(performance.now() - t0).to.be.below(1000);
    expect(text(el).length).to.be.below(1200);
    expect(text(el)).to.contain('…');
    expect(warnings.join('').length).to.be.below(1200);
    el.data = [{ ...finding, share: 0.5, words: `https://example.org/${'a'.repeat(500)}` }];
    el.setAttribute('platform', `https://example.org/${'a'.repeat(5000)}`);
    await settle(el);
    const box = $(el, '[part="error"]')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('a whole message is short', () => {
  const finding = { organisation: 'fire', platform: 'instagram', year: 2017, precision: 'exact', words: 'w' };
  const huge = (c: string) => c.repeat(2_000_000);
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  const short = async (el: Chart, what: string) => {
    const t0 = performance.now();
    await settle(el);
    await waitUntil(() => $(el, '[part="error"]'), what, { timeout: 3000 });
    expect(performance.now() - t0, what).to.be.below(1000);
    expect(text(el).length, what).to.be.below(1200);
    expect(text(el), what).to.contain('…');
    expect(warnings.join('').length, what).to.be.below(1200);
    expect(warnings, what).to.have.length(1);
  };

  it('a huge id with a huge value: both cut', async () => {
    const el = await chart('adoption-chart');
    el.data = [{ ...finding, id: `${huge('i')} <`, share: huge('5') }];
    await short(el, 'id');
  });

  it('a huge attribute value, and a huge lang', async () => {
    const el = await chart('adoption-chart');
    el.setAttribute('platform', huge('p'));
    await short(el, 'platform');
    const other = await chart('adoption-chart', 'lang="de"');
    warnings.length = 0;
    other.setAttribute('lang', huge('l'));
    await short(other, 'lang');
  });

  it('a huge src URL that is not found', async () => {
    window.fetch = (async () => new Response('', { status: 404, statusText: huge('N') })) as typeof fetch;
    const el = await chart('adoption-chart', `src="/missing.json?${huge('q')}"`);
    await short(el, 'src');
  });
});

describe('loading src', () => {
  const realFetch = window.fetch;
  let calls: { url: string; signal?: AbortSignal | null }[] = [];
  const defaults = { ...limits };
  beforeEach(() => (calls = []));
  afterEach(() => {
    window.fetch = realFetch;
    Object.assign(limits, defaults);
  });
  /** A server that never answers (it only notices the abort). */
  const silent = () => {
    window.fetch = ((url: URL, init?: RequestInit) => {
      calls.push({ url: String(url), signal: init?.signal });
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }) as typeof fetch;
  };

  it('a src that does not answer in time shows a message', async () => {
    silent();
    limits.seconds = 0.2;
    const el = await chart('adoption-chart', 'src="/never.json"');
    await waitUntil(() => $(el, '[part="error"]'), 'no message', { timeout: 3000 });
    expect(text(el)).to.contain('"/never.json" kon niet geladen worden: meer dan 0.2 s');
    expect(calls[0].signal!.aborted).to.equal(true);
  });

  it('a removed chart aborts its fetch, and fetches again when it comes back', async () => {
    silent();
    const el = await chart('adoption-chart', 'src="/never.json"');
    expect(calls).to.have.length(1);
    const parent = el.parentElement!;
    el.remove();
    expect(calls[0].signal!.aborted).to.equal(true);
    parent.append(el);
    await settle(el);
    expect(calls).to.have.length(2);
    expect(calls[1].signal!.aborted).to.equal(false);
    expect($(el, '[part="loading"]')).to.not.equal(null);
    expect(errors).to.deep.equal([]);
    el.remove();
  });

  describe('a failure that may pass is tried again (test/fuzz/server.mjs)', () => {
    const asked = async (key: string) => Number(await (await realFetch(`/flaky/count/${key}`)).text());
    const key = () => `k${Math.random().toString(36).slice(2)}`;
    beforeEach(() => (limits.retries = [0.05, 0.1]));

    for (const [failure, times, tries] of [
      ['503', 1, 2],
      ['502', 2, 3],
      ['drop', 1, 2],
      ['drop', 2, 3],
    ] as const) {
      it(`${failure} ${times} time(s), then the data: drawn after ${tries} tries`, async () => {
        const k = key();
        const el = await chart('adoption-chart', `src="/flaky/${failure}/${times}/${k}"`);
        await waitUntil(() => $(el, SHOWN), 'not drawn', { timeout: 3000 });
        expect(el.shadowRoot!.textContent).to.contain('Bron: VVSG & Socialemediaburo.be (test subset)');
        expect(await asked(k)).to.equal(tries);
        expect(warnings).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      });
    }

    it('a 404 is not tried again; a 503 that lasts is said after the last try', async () => {
      const k = key();
      const missing = await chart('adoption-chart', `src="/flaky/404/9/${k}"`);
      await waitUntil(() => $(missing, '[part="error"]'), '404', { timeout: 3000 });
      expect(text(missing)).to.contain('de server antwoordde 404');
      expect(await asked(k)).to.equal(1);
      const j = key();
      const down = await chart('adoption-chart', `src="/flaky/503/9/${j}"`);
      await waitUntil(() => $(down, '[part="error"]'), '503', { timeout: 3000 });
      expect(text(down)).to.contain('de server antwoordde 503');
      expect(await asked(j)).to.equal(3);
    });

    it('a chart removed while it waits to try again stops trying', async () => {
      limits.retries = [0.3, 0.3];
      const k = key();
      const el = await chart('adoption-chart', `src="/flaky/503/9/${k}"`);
      await waitUntil(async () => (await asked(k)) == 1, 'not asked');
      el.remove();
      await new Promise((r) => setTimeout(r, 800));
      expect(await asked(k)).to.equal(1);
      expect(errors).to.deep.equal([]);
    });
  });

  it('a src larger than the limit is refused before it is parsed: by Content-Length, or once read', async () => {
    limits.bytes = 1000;
    limits.seconds = 0.5;
    const body = JSON.stringify([{ words: 'x'.repeat(5000) }]);
    let pulled = 0;
    window.fetch = (async (url: URL, init?: RequestInit) => {
      calls.push({ url: String(url) });
      if (String(url).includes('stated'))
        return new Response(body, { headers: { 'content-length': String(body.length) } });
      if (String(url).includes('unstated')) return new Response(new Blob([body]).stream());
      // No length stated: a stream that would go on for ever meets the time limit.
      const stream = new ReadableStream({
        pull: (c) => {
          pulled++;
          if (init?.signal?.aborted) return c.error(init.signal.reason);
          c.enqueue(new Uint8Array(400).fill(32));
          return new Promise((r) => setTimeout(r, 20));
        },
      });
      return new Response(stream);
    }) as typeof fetch;
    for (const [src, limit] of [
      ['/stated.json', '0.001 MB'],
      ['/unstated.json', '0.001 MB'],
      ['/endless.json', '0.5 s'],
    ]) {
      const el = await chart('adoption-chart', `src="${src}"`);
      await waitUntil(() => $(el, '[part="error"]'), src, { timeout: 3000 });
      expect(text(el), src).to.contain(`"${src}" kon niet geladen worden: meer dan ${limit}`);
    }
    expect(pulled).to.be.below(60);
  });
});
