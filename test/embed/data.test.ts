import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { EMBED, drawn, openPage, type Page } from './page.js';

// The JSON fixtures end in .json.txt: the test server turns .json files into JS modules. Any URL works: the
// chart reads JSON unless the URL ends in .csv or the server says text/csv.
const F = '/test/embed/fixtures';
const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ').replace(/\s+/g, ' ');

/** Editors' own data: src (JSON or CSV), an inline JSON script, the data property; and every way it goes wrong. */
describe('editors’ data', () => {
  let page: Page;
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `
        <adoption-chart id="survey"></adoption-chart>
        <adoption-chart id="json" src="${F}/fire-instagram.json.txt"></adoption-chart>
        <adoption-chart id="csv" src="${F}/fire-instagram.csv"></adoption-chart>
        <adoption-chart id="excel" src="${F}/fire-instagram-excel.csv"></adoption-chart>
        <adoption-chart id="inline"><script type="application/json">{ "findings": [
          { "id": "fire-instagram-2017", "organisation": "fire", "platform": "instagram", "year": 2017, "share": 0.57, "precision": "exact", "words": "naar 57% in 2017" } ] }</script></adoption-chart>
        <adoption-chart id="property"></adoption-chart>
        <adoption-chart id="html" src="${F}/html-in-words.json.txt"></adoption-chart>
        <adoption-chart id="missing" src="${F}/missing.json"></adoption-chart>
        <adoption-chart id="offline" src="http://127.0.0.1:9/survey.json"></adoption-chart>
        <adoption-chart id="bad-json" src="${F}/malformed.json.txt"></adoption-chart>
        <adoption-chart id="bad-csv" src="${F}/malformed.csv"></adoption-chart>
        <adoption-chart id="wrong-shape" src="${F}/wrong-shape.json.txt"></adoption-chart>
        <adoption-chart id="bad-inline"><script type="application/json">{ "findings": [ </script></adoption-chart>
        <adoption-chart id="bad-property"></adoption-chart>`,
    });
  });
  after(() => page.close());

  const el = (id: string) => page.doc.getElementById(id)!;
  const $ = (id: string, sel: string) => el(id).shadowRoot!.querySelector(sel) as HTMLElement | null;
  const draw = async (id: string) => {
    el(id).scrollIntoView();
    await waitUntil(() => drawn(el(id)), `#${id} did not draw`, { timeout: 4000 });
  };
  const message = async (id: string) => {
    await waitUntil(() => $(id, '[part="error"]'), `#${id} shows no message`, { timeout: 4000 });
    return nb($(id, '[part="error"]')!.textContent!);
  };

  it('shows data from src (JSON and CSV), an inline JSON script and the data property', async () => {
    const subset = await (await fetch(`${F}/fire-instagram.json.txt`)).json();
    (el('property') as HTMLElement & { data: unknown }).data = subset;
    for (const id of ['json', 'csv', 'excel', 'property']) {
      await draw(id);
      const values = [...el(id).shadowRoot!.querySelectorAll('.row[data-organisation="fire"] text.value')].map((t) =>
        nb(t.textContent!),
      );
      expect(values.sort(), id).to.deep.equal(['40%', '57%']);
      // Organisations the editor's data says nothing about are shown as such, not as 0%.
      expect($(id, '.row[data-organisation="ocmw"]')!.textContent, id).to.contain('niet in het artikel');
    }
    expect($('json', '[part="source"]')!.textContent).to.equal('Bron: VVSG & Socialemediaburo.be (test subset)');
    await draw('inline');
    expect(nb($('inline', '.row[data-organisation="fire"] text.value')!.textContent!)).to.equal('57%');
  });

  it('reads CSV as Excel in Belgium saves it: Windows-1252, ";", a decimal comma, a quote inside a field', async () => {
    // The bytes come from a blob: the test server would re-encode a fixture file as UTF-8. A Content-Type without
    // charset, as many servers send; é is 0xE9 and ’ is 0x92 in Windows-1252.
    const lines = [
      'id;organisation;platform;topic;year;share;precision;words',
      'fire-instagram-2016;fire;instagram;presence;2016;0,4;exact;van 40% in 2016, zo"n "sprong" naar één op twee',
      'fire-instagram-2017;fire;instagram;presence;2017;57%;exact;naar 57% in 2017: één op twee brandweerzone’s',
    ];
    const bytes = Uint8Array.from(`${lines.join('\r\n')}\r\n`, (c) => (c == '’' ? 0x92 : c.charCodeAt(0)));
    const c = page.doc.createElement('adoption-chart');
    c.id = 'excel-1252';
    c.setAttribute('src', URL.createObjectURL(new Blob([bytes], { type: 'text/csv' })));
    page.doc.body.prepend(c);
    await draw('excel-1252');
    const values = [...c.shadowRoot!.querySelectorAll('.row[data-organisation="fire"] text.value')];
    expect(values.map((t) => nb(t.textContent!)).sort()).to.deep.equal(['40%', '57%']);
    const words = [...c.shadowRoot!.querySelectorAll('table span[lang="nl"]')].map((s) => s.textContent);
    expect(words).to.include.members([
      'van 40% in 2016, zo"n "sprong" naar één op twee',
      'naar 57% in 2017: één op twee brandweerzone’s',
    ]);
    c.remove();
  });

  it('shows a loading state while src loads', async () => {
    const c = page.doc.createElement('adoption-chart');
    c.setAttribute('src', `${F}/fire-instagram.json.txt?slow`);
    page.doc.body.prepend(c);
    c.scrollIntoView();
    await (c as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const loading = c.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.equal('Gegevens laden…');
    await waitUntil(() => drawn(c));
    c.remove();
  });

  const bad: [string, RegExp[]][] = [
    // In the chart's language (Dutch here); English and French say the same (src/i18n).
    ['missing', [/missing\.json/, /404/, /Controleer de src-URL/]],
    [
      'offline',
      [
        /"http:\/\/127\.0\.0\.1:9\/survey\.json" kon niet geladen worden/,
        /Controleer de src-URL, de verbinding, en dat een server op een andere site deze site toelaat \(CORS\)/,
      ],
    ],
    [
      'bad-json',
      [
        /malformed\.json\.txt" is geen geldige JSON/,
        /Gebruik het formaat van data\/survey-2017\.json, of een \.csv-bestand/,
      ],
    ],
    [
      'bad-csv',
      [
        /CSV header lacks the columns "id", "precision", "words"/,
        /expected a header like: id,organisation,year,precision,words/,
      ],
    ],
    [
      'wrong-shape',
      [/Record "fire-instagram-2017" \(findings\[1\]\): veld "year" is 2019/, /verwacht werd een van "2016", "2017"/],
    ],
    ['bad-inline', [/inline <script type="application\/json"> is geen geldige JSON/]],
    [
      'bad-property',
      [/Record "x" \(findings\[0\]\)/, /veld "organisation" is "gemeente"/, /verwacht werd een van "municipality"/],
    ],
  ];

  it('says inside the element what is wrong, where and how to fix it, and warns once in the console', async () => {
    (el('bad-property') as HTMLElement & { data: unknown }).data = [
      { id: 'x', organisation: 'gemeente', year: 2017, precision: 'none', words: 'w' },
    ];
    for (const [id, patterns] of bad) {
      const text = await message(id);
      expect(text, id).to.match(/^Deze grafiek kan niet getoond worden/);
      for (const p of patterns) expect(text, id).to.match(p);
      expect($(id, '[part="error"]')!.getAttribute('role'), id).to.equal('alert');
      expect($(id, 'svg'), id).to.equal(null);
    }
    // Re-rendering (a resize, a language change) does not repeat the warning.
    page.doc.documentElement.lang = 'en';
    // While the English part is on its way the chart shows its loading box, and no message.
    await waitUntil(
      () => nb($('missing', '[part="error"]')?.textContent ?? '').startsWith('This chart cannot be shown'),
      'no English message',
      { timeout: 5000 },
    );
    await waitUntil(
      () => nb($('wrong-shape', '[part="error"]')?.textContent ?? '').startsWith('This chart cannot be shown'),
      'no English message',
      { timeout: 5000 },
    );
    // In English too: what is wrong, in the reader's words.
    expect(nb($('missing', '[part="error"]')!.textContent!)).to.contain('Check the src URL');
    expect(nb($('wrong-shape', '[part="error"]')!.textContent!)).to.contain('field "year" is 2019');
    page.doc.documentElement.lang = 'nl';
    for (const [id] of bad) {
      const tag = id.startsWith('bad-inline') || id === 'bad-property' ? '' : el(id).getAttribute('src')!;
      const mine = page.log.warnings.filter((w) => w.startsWith('<adoption-chart>') && (tag ? w.includes(tag) : true));
      if (tag) expect(mine, id).to.have.length(1);
    }
    expect(page.log.warnings.filter((w) => w.startsWith('<adoption-chart>'))).to.have.length(bad.length);
    // The other charts on the page are unaffected.
    await draw('survey');
    expect(page.log.errors).to.deep.equal([]);
  });

  it('never reads text from the data as HTML', async () => {
    page.doc.documentElement.lang = 'nl';
    await draw('html');
    const root = el('html').shadowRoot!;
    expect(root.querySelector('img, b')).to.equal(null);
    expect($('html', '[part="source"]')!.textContent).to.equal('<img src=x onerror="window.__pwned=2">Bron');
    const fireHit = () =>
      [...root.querySelectorAll('.hit')].find((h) => h.getAttribute('aria-label')!.startsWith('Brandweerzones'));
    // The marks may come a frame after the title (WebKit draws them once the chart is near the viewport).
    await waitUntil(fireHit, 'no mark for the fire zones', { timeout: 5000 });
    (fireHit() as SVGElement).focus();
    await waitUntil(() => root.querySelector('.tooltip'));
    expect(root.querySelector('.tooltip q')!.textContent).to.match(
      /^<img src=x onerror="window.__pwned=1"><b>vet<\/b>/,
    );
    expect(root.querySelector('.tooltip img, table img')).to.equal(null);
    expect((page.win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('recovers when the editor fixes src', async () => {
    el('missing').setAttribute('src', `${F}/fire-instagram.csv`);
    await draw('missing');
    expect($('missing', '[part="error"]')).to.equal(null);
  });
});
