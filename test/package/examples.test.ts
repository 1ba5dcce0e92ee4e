import { expect, waitUntil } from '@open-wc/testing';
import { elements } from '../../src/elements.js';

/** examples/plain.html, the page an editor would make: only dist/embed.js and the elements. */
describe('examples/plain.html', () => {
  it('renders every element of the library, with no errors', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '700px';
    frame.src = '/examples/plain.html';
    document.body.append(frame);
    await new Promise((r) => (frame.onload = r));
    const doc = frame.contentDocument!;
    const errors: string[] = [];
    frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
    const tags = Object.keys(elements);
    for (const tag of tags) expect(doc.querySelector(tag), `${tag} is on the page`).to.exist;
    const charts = [...doc.querySelectorAll(tags.join(','))];
    // Charts draw when they come near the viewport: scroll to each, as a reader would.
    for (const c of charts) {
      c.scrollIntoView();
      await waitUntil(() => c.shadowRoot?.querySelector('svg'), `${c.localName} did not render`, { timeout: 4000 });
    }
    for (const c of charts) expect(c.shadowRoot!.querySelector('[role="alert"]'), c.localName).to.equal(null);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
