import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { EMBED, allDrawn, drawn, drawnInView, frames, openPage, type Page } from './page.js';

const F = '/test/embed/fixtures';
const NL = 'Instagram bij de respondenten, 2016–2017';
const FR = 'Instagram chez les répondants, 2016–2017';
const INLINE = `<script type="application/json">{ "findings": [
  { "id": "fire-instagram-2017", "organisation": "fire", "platform": "instagram", "year": 2017, "share": 0.57, "precision": "exact", "words": "naar 57% in 2017" } ] }</script>`;

/** The part scripts (embed-fr.js, embed-data.js, embed-downloads.js) the page fetched, one entry per request. */
const fetched = (page: Page) =>
  page.win.performance
    .getEntriesByType('resource')
    .map((e) => e.name.match(/\/(embed-\w+\.js)/)?.[1])
    .filter((n): n is string => !!n)
    .sort();
const partScripts = (page: Page) => page.doc.querySelectorAll('script[src*="embed-"]').length;

/**
 * dist/embed.js without its optional parts: French, editor data and downloads are sibling scripts fetched on
 * first use (src/parts/lazy.ts); a Dutch chart of the bundled survey fetches none of them.
 */
describe('optional parts of dist/embed.js', () => {
  let page: Page | undefined;
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => page?.close());

  const el = (id: string) => page!.doc.getElementById(id)!;
  const $ = (id: string, sel: string) => el(id).shadowRoot!.querySelector(sel) as HTMLElement | null;
  const title = (id: string) => $(id, '[part="title"]')?.textContent;
  const draw = (id: string) => drawnInView(el(id), 4000);
  /** Catches the downloads: the chart clicks a link to a blob URL. */
  const catchDownloads = (p: Page) => {
    const saved: { name: string; text: string }[] = [];
    p.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href).then(async (r) => saved.push({ name, text: await r.text() }));
    };
    return saved;
  };
  const button = (id: string, label: RegExp) =>
    [...el(id).shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="download"]')].find((b) =>
      label.test(b.textContent!),
    )!;

  it('a Dutch page with charts of the bundled survey fetches no part', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="a" platform="instagram"></adoption-chart>
        <platform-growth id="b" organisation="fire"></platform-growth>
        <adoption-chart id="c" platform="twitter" download></adoption-chart>`,
    });
    await allDrawn(page.doc);
    await frames(page.win, 5);
    expect(title('a')).to.equal(NL);
    expect($('a', 'figure')!.getAttribute('lang')).to.equal('nl');
    expect(button('c', /CSV/).textContent).to.equal('Gegevens downloaden (CSV)');
    expect(fetched(page)).to.deep.equal([]);
    expect(partScripts(page)).to.equal(0);
    expect(page.log.warnings).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('lang="fr" on the page: every chart in French, embed-fr.js fetched once', async () => {
    page = await openPage({
      lang: 'fr',
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="a" platform="instagram"></adoption-chart>
        <platform-growth id="b" organisation="fire"></platform-growth>
        <adoption-chart id="c" platform="twitter"></adoption-chart>`,
    });
    await allDrawn(page.doc);
    expect(title('a')).to.equal(FR);
    expect(title('b')).to.match(/^Zones de secours sur les médias sociaux/);
    expect(title('c')).to.match(/^Twitter chez les répondants/);
    expect($('a', 'figure')!.getAttribute('lang')).to.equal('fr');
    expect($('a', '[part="table-toggle"]')!.textContent).to.equal('Afficher le tableau');
    expect(fetched(page)).to.deep.equal(['embed-fr.js']);
    expect(partScripts(page)).to.equal(1);
    expect(page.log.warnings).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('lang switched from nl to fr on <html> at run time: the chart is drawn again in French', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="a"></adoption-chart>`,
    });
    await draw('a');
    expect(title('a')).to.equal(NL);
    expect(fetched(page)).to.deep.equal([]);
    page.doc.documentElement.lang = 'fr';
    await waitUntil(() => title('a') === FR && drawn(el('a')), `still "${title('a')}"`, { timeout: 4000 });
    expect($('a', 'figure')!.getAttribute('lang')).to.equal('fr');
    page.doc.documentElement.lang = 'nl';
    await waitUntil(() => title('a') === NL, `still "${title('a')}"`, { timeout: 4000 });
    expect(fetched(page)).to.deep.equal(['embed-fr.js']);
    expect(page.log.warnings).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('editor data (src CSV, inline JSON, data property) fetches embed-data.js once and is drawn', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="csv" src="${F}/fire-instagram.csv"></adoption-chart>
        <adoption-chart id="inline">${INLINE}</adoption-chart>
        <adoption-chart id="property"></adoption-chart>`,
    });
    (el('property') as HTMLElement & { data: unknown }).data = await (
      await fetch(`${F}/fire-instagram.json.txt`)
    ).json();
    for (const id of ['csv', 'inline', 'property']) {
      await draw(id);
      // Organisations the editor's data says nothing about: the chart shows the editor's data, not the survey.
      await waitUntil(() => $(id, '.row[data-organisation="ocmw"]')?.textContent?.includes('niet in het artikel'), id, {
        timeout: 4000,
      });
      expect($(id, '.row[data-organisation="fire"] text.value'), id).to.exist;
    }
    expect(fetched(page)).to.deep.equal(['embed-data.js']);
    expect(page.log.warnings).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('a download button fetches embed-downloads.js on the first click, once, and saves the file', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="a" platform="instagram" download></adoption-chart>`,
    });
    const saved = catchDownloads(page);
    await draw('a');
    expect(fetched(page)).to.deep.equal([]);
    button('a', /CSV/).click();
    await waitUntil(() => saved.length == 1, 'nothing was downloaded', { timeout: 4000 });
    expect(saved[0].name).to.equal('adoption-chart-instagram.csv');
    expect(saved[0].text.replace(/^\uFEFF/, ''))
      .to.match(/^# Bron: VVSG/)
      .and.match(/\nid;organisation;platform;/);
    expect(saved[0].text).to.contain('fire-instagram-2017');
    button('a', /SVG/).click();
    await waitUntil(() => saved.length == 2, 'no SVG was downloaded', { timeout: 4000 });
    expect(saved[1].name).to.equal('adoption-chart-instagram.svg');
    expect(saved[1].text).to.contain(NL);
    expect(fetched(page)).to.deep.equal(['embed-downloads.js']);
    expect(partScripts(page)).to.equal(1);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('embed.js pasted inline (parts out of reach): Dutch instead of French, a message instead of editor data, one warning each', async () => {
    const code = await (await fetch(EMBED)).text();
    page = await openPage({
      head: `<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`,
      body: `<div lang="fr"><adoption-chart id="fr1" platform="instagram"></adoption-chart>
        <platform-growth id="fr2" organisation="fire"></platform-growth></div>
        <adoption-chart id="src" src="${F}/fire-instagram.csv"></adoption-chart>
        <adoption-chart id="inline">${INLINE}</adoption-chart>
        <adoption-chart id="survey" platform="twitter" download="csv"></adoption-chart>`,
    });
    const saved = catchDownloads(page);
    for (const id of ['fr1', 'fr2', 'survey']) await draw(id);
    // French could not be had: the chart is in Dutch, and says so to screen readers and translators.
    expect(title('fr1')).to.equal(NL);
    expect($('fr1', 'figure')!.getAttribute('lang')).to.equal('nl');
    expect($('fr2', 'figure')!.getAttribute('lang')).to.equal('nl');
    // Editor data could not be read: the element says why, not a blank or endless loading box.
    for (const id of ['src', 'inline']) {
      el(id).scrollIntoView();
      await waitUntil(() => $(id, '[part="error"]'), `#${id} shows no message`, { timeout: 4000 });
      const error = $(id, '[part="error"]')!;
      expect(error.getAttribute('role'), id).to.equal('alert');
      expect(error.textContent, id).to.match(/^Deze grafiek kan niet getoond worden/);
      expect(error.textContent, id).to.contain('embed-data.js');
      expect($(id, '[part="loading"]'), id).to.equal(null);
      expect($(id, 'svg'), id).to.equal(null);
    }
    // A download button says in the live region that it cannot work.
    button('survey', /CSV/).click();
    const live = () => $('survey', '.visually-hidden[role="status"]')!.textContent!;
    await waitUntil(() => live().includes('embed-downloads.js'), `live region: "${live()}"`, { timeout: 4000 });
    // The page settles: a chart whose part failed does not keep drawing itself again.
    const updates = (id: string) => {
      const c = el(id) as unknown as { update(ch: unknown): void };
      const update = c.update;
      let n = 0;
      c.update = function (this: unknown, ch: unknown) {
        n++;
        update.call(this, ch);
      };
      return () => n;
    };
    const counts = ['src', 'inline', 'fr1'].map(updates);
    await new Promise((r) => setTimeout(r, 300));
    expect(counts.map((n) => n())).to.deep.equal([0, 0, 0]);

    expect(saved).to.deep.equal([]);
    expect(fetched(page)).to.deep.equal([]);
    const naming = (file: string) => page!.log.warnings.filter((w) => w.includes(file));
    expect(naming('embed-fr.js')).to.have.length(1);
    expect(naming('embed-fr.js')[0]).to.equal(
      'lokale-besturen-charts: embed-fr.js could not be loaded (embed.js has no URL). Keep it beside embed.js, and load embed.js with <script src>.',
    );
    expect(naming('embed-data.js')).to.have.length(1);
    expect(naming('embed-downloads.js')).to.have.length(1);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('a Content-Security-Policy by nonce: the parts carry the nonce of embed.js, no violations', async () => {
    // The probe script (pages/probe.js) comes before the policy, so it needs no nonce; everything after does:
    // 'self' is not allowed, so a part without the nonce of embed.js would be blocked.
    page = await openPage({
      lang: 'fr',
      head: `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'nonce-abc'; style-src 'self'">
        <script nonce="abc" src="${EMBED}"></script>`,
      body: `<adoption-chart id="fr" platform="instagram"></adoption-chart>
        <adoption-chart id="from-src" src="${F}/fire-instagram.csv" download="csv"></adoption-chart>`,
    });
    const saved = catchDownloads(page);
    await draw('fr');
    expect(title('fr')).to.equal(FR);
    expect($('fr', 'figure')!.getAttribute('lang')).to.equal('fr');
    await draw('from-src');
    expect($('from-src', '[part="error"]')).to.equal(null);
    button('from-src', /CSV/).click();
    await waitUntil(() => saved.length == 1, 'nothing was downloaded', { timeout: 4000 });
    expect(fetched(page)).to.deep.equal(['embed-data.js', 'embed-downloads.js', 'embed-fr.js']);
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.warnings).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });
});
