import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { openPage, type Page } from '../embed/page.js';

/**
 * builder.html: chosen by its form controls (as a keyboard or a screen reader would reach them), its three snippets
 * pasted into blank pages each show the same chart. The static image needs dist/static (npm test draws a sample
 * with adoption-chart's first preset in every language first).
 */
describe('the embed builder (builder.html)', () => {
  let builder: Page;
  const pages: Page[] = [];
  before(async () => {
    await setViewport({ width: 1000, height: 900 });
    builder = await openPage({ url: '/builder.html', width: 1000, height: 900 });
    await waitUntil(() => builder.doc.body.dataset.ready, 'the builder did not start', { timeout: 6000 });
  });
  after(() => builder.close());
  afterEach(() => pages.splice(0).forEach((p) => p.close()));
  // A failed test of the words leaves none behind for the next.
  afterEach(() => {
    const inputs = [...builder.doc.querySelectorAll<HTMLInputElement>('#words input')];
    if (!inputs.some((i) => i.value)) return;
    for (const i of inputs) i.value = '';
    inputs[0].dispatchEvent(new Event('change', { bubbles: true }));
  });

  const field = <T extends HTMLElement>(id: string) => builder.doc.getElementById(id) as T;
  const snippet = (id: string) => field<HTMLTextAreaElement>(id).value;
  const choose = async (id: string, value: string) => {
    const el = field<HTMLSelectElement>(id);
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const previewChart = () => builder.doc.querySelector('#preview > *')!;
  const partOf = (el: Element | null | undefined, name: string) =>
    el?.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';

  /** Chooses a chart, a preset and a language, and waits for the snippets of that choice. */
  async function build(tag: string, preset: string, lang: string) {
    await choose('tag', tag);
    await choose('preset', preset);
    await choose('lang', lang);
    // The builder marks the choice its snippets are of, once they are written.
    const ready = `tag-${tag}-${preset}-lang-${lang}-theme-auto`;
    await waitUntil(
      () => builder.doc.body.dataset.ready == ready,
      `no snippets for ${ready} (${builder.doc.body.dataset.ready})`,
      { timeout: 6000 },
    );
    return { title: partOf(previewChart(), 'title'), summary: partOf(previewChart(), 'summary') };
  }

  it('every control has a name, and the snippets are reached and copied by keyboard', async () => {
    for (const el of builder.doc.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input'))
      expect(el.labels?.length, `#${el.id} has a label`).to.be.greaterThan(0);
    for (const el of builder.doc.querySelectorAll('textarea'))
      expect(builder.doc.getElementById(el.getAttribute('aria-labelledby')!)?.textContent, el.id).to.match(/\w/);
    const copy = builder.doc.querySelector<HTMLButtonElement>('button[data-copy="iframe"]')!;
    expect(copy.textContent).to.equal('Copy the iframe');
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /copied|Could not copy/.test(field('status').textContent!), 'no status after copying');
    expect(field('status').getAttribute('role')).to.equal('status');
  });

  it('the script and element, pasted, show the same chart with its fallback', async () => {
    const { title, summary } = await build('adoption-chart', 'platform-social-media', 'en');
    expect(title).to.match(/^Social media/);
    const html = snippet('script');
    expect(html).to.include('<adoption-chart platform="social-media" lang="en">');
    expect(html).to.include('adoption-chart-platform-social-media-en-wide.png');
    const page = await openPage({ body: html });
    pages.push(page);
    const el = page.doc.querySelector('adoption-chart')!;
    await waitUntil(() => partOf(el, 'title') == title, `the pasted chart says "${partOf(el, 'title')}"`, {
      timeout: 6000,
    });
    expect(partOf(el, 'summary')).to.equal(summary);
    // The fallback, for where the script does not run: the picture and the chart's sentence.
    expect(el.querySelector('img')!.alt).to.equal(title);
    expect(el.querySelector('p')!.textContent).to.equal(summary);
  });

  it('the iframe, pasted, shows the same chart and is resized to it', async () => {
    const { title } = await build('platform-growth', 'organisation-fire', 'fr');
    const page = await openPage({ body: snippet('iframe'), width: 700 });
    pages.push(page);
    const frame = page.doc.querySelector('iframe')!;
    expect(frame.title).to.equal(title);
    expect(frame.sandbox.value).to.equal('allow-scripts allow-same-origin');
    const chart = () => frame.contentDocument?.querySelector('platform-growth');
    await waitUntil(() => partOf(chart(), 'title') == title, 'the framed chart differs', { timeout: 6000 });
    expect(chart()!.getAttribute('organisation')).to.equal('fire');
    await waitUntil(
      () => frame.clientHeight == Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height),
      'the frame was not resized to its chart',
      { timeout: 4000 },
    );
  });

  it('offers the editor’s words, written into the snippets as text, and the pasted chart shows them', async () => {
    const words = field<HTMLFieldSetElement>('words');
    const inputs = [...words.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((i) => i.dataset.attribute)).to.deep.equal([
      'heading',
      'description',
      'note',
      'byline',
      'source',
      'source-url',
    ]);
    for (const i of inputs) {
      expect(i.labels![0].textContent, i.id).to.equal(i.dataset.attribute);
      expect(builder.doc.getElementById(i.getAttribute('aria-describedby')!)!.textContent, i.id).to.match(
        /\w+ \w+ \w+/,
      );
    }
    const typed: Record<string, string> = {
      heading: 'Instagram <b>wint</b> "terrein"',
      byline: 'Grafiek: redactie',
      source: 'VVSG',
      'source-url': 'https://www.vvsg.be/',
    };
    for (const i of inputs) i.value = typed[i.dataset.attribute!] ?? '';
    inputs[0].dispatchEvent(new Event('change', { bubbles: true }));
    await choose('tag', 'adoption-chart');
    await choose('preset', 'platform-social-media');
    await choose('lang', 'nl');
    // The ready mark says which words the snippets are of.
    await waitUntil(() => /heading-Instagram/.test(builder.doc.body.dataset.ready!), 'no snippets with the words', {
      timeout: 6000,
    });
    expect(partOf(previewChart(), 'title')).to.equal(typed.heading);
    const html = snippet('script');
    expect(html).to.include(
      '<adoption-chart platform="social-media" heading="Instagram &lt;b&gt;wint&lt;/b&gt; &quot;terrein&quot;" byline="Grafiek: redactie" source="VVSG" source-url="https://www.vvsg.be/" lang="nl">',
    );
    const query = new URL(
      snippet('iframe')
        .match(/src="([^"]+)"/)![1]
        .replace(/&amp;/g, '&'),
    ).searchParams;
    expect(query.get('heading')).to.equal(typed.heading);
    expect(query.get('source-url')).to.equal(typed['source-url']);
    // The source link opens a new tab from the frame: the sandbox allows it.
    expect(snippet('iframe')).to.include(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(snippet('image')).to.include('--attr heading=');
    const page = await openPage({ body: html });
    pages.push(page);
    const el = page.doc.querySelector('adoption-chart')!;
    await waitUntil(() => partOf(el, 'title') == typed.heading, `the pasted chart says "${partOf(el, 'title')}"`, {
      timeout: 6000,
    });
    expect(partOf(el, 'byline')).to.equal('Grafiek: redactie');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a')!.href).to.equal('https://www.vvsg.be/');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    // Emptied again: the chart's own words.
    for (const i of inputs) i.value = '';
    inputs[0].dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => builder.doc.body.dataset.ready == 'tag-adoption-chart-platform-social-media-lang-nl-theme-auto',
      'not emptied',
    );
    expect(snippet('script')).to.include('<adoption-chart platform="social-media" lang="nl">');
  });

  it('the static image, pasted, is the same chart with its summary as alt text', async () => {
    const { summary } = await build('adoption-chart', 'platform-social-media', 'fr');
    const page = await openPage({ body: snippet('image'), width: 1000 });
    pages.push(page);
    const img = page.doc.querySelector('img')!;
    // Wide at 1000 px: the wide PNG, at twice its CSS size.
    await waitUntil(
      () => img.complete && /-fr-wide\.png$/.test(img.currentSrc) && img.naturalWidth > 0,
      'the wide image did not load',
      { timeout: 4000 },
    );
    expect(img.alt).to.equal(summary);
    expect(img.naturalWidth).to.equal(1440);
  });
});
