/**
 * Inline JSON as the HTML parser hands it to a chart (issue 16): in parts, on a slow network; cut short by a
 * `</script>` in a string; or reading the rest of the article into itself after a `<!--<script>` in a string.
 * Pages in an iframe with the built dist/embed.js (npm run build first), as test/embed does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { EMBED, drawn, openPage, type Page } from '../embed/page.js';

const message = (el: Element) =>
  (el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ');

describe('inline JSON as the parser gives it', () => {
  let page: Page | undefined;
  afterEach(() => page?.close());

  it('arriving in two parts on a slow network: no "not valid JSON" in between, the chart once all is there', async () => {
    page = await openPage({ url: '/slow-page/800' });
    const el = page.doc.getElementById('slow')!;
    await waitUntil(() => drawn(el), 'not drawn', { timeout: 4000 });
    expect(el.shadowRoot!.textContent).to.contain('(test subset)');
    expect(page.doc.getElementById('after')).to.not.equal(null);
    expect(page.log.warnings).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('a "<!--<script>" in a string: says that the rest of the page was read into it, and how to write "<"', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="swallow"><script type="application/json">{ "findings": [ { "id": "x", "organisation": "fire",
        "year": 2017, "precision": "none", "words": "zie <!--<script> hier" } ] }</script></adoption-chart>
        <p id="after">De rest van het artikel.</p>`,
    });
    const el = page.doc.getElementById('swallow')!;
    await waitUntil(() => message(el), 'no message', { timeout: 4000 });
    // The parser did swallow it: the paragraph is text in the script.
    expect(page.doc.getElementById('after')).to.equal(null);
    expect(message(el)).to.contain('"<!--" en "<script"');
    expect(message(el)).to.contain('\\u003c');
    expect(page.log.warnings).to.have.length(1);
  });

  it('a "</script>" in a string: says that the JSON ends early, and how to write "<"', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="cut"><script type="application/json">{ "findings": [ { "id": "x", "organisation": "fire",
        "year": 2017, "precision": "none", "words": "zie </script> hier" } ] }</script></adoption-chart>
        <p id="after">De rest van het artikel.</p>`,
    });
    const el = page.doc.getElementById('cut')!;
    await waitUntil(() => message(el), 'no message', { timeout: 4000 });
    expect(message(el)).to.contain('"</script>"');
    expect(message(el)).to.contain('\\u003c');
    expect(page.log.warnings).to.have.length(1);
  });

  it('JSON written with \\u003c for "<" is read back with its "<"', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="safe"><script type="application/json">{ "title": "Veilig", "findings": [ { "id": "x",
        "organisation": "fire", "platform": "instagram", "year": 2017, "precision": "exact", "share": 0.57,
        "words": "zie \\u003c!--\\u003cscript> en \\u003c/script> hier" } ] }</script></adoption-chart>
        <p id="after">De rest van het artikel.</p>`,
    });
    const el = page.doc.getElementById('safe')!;
    await waitUntil(() => drawn(el), 'not drawn', { timeout: 4000 });
    expect(page.doc.getElementById('after')).to.not.equal(null);
    expect(page.log.warnings).to.deep.equal([]);
  });
});
