import { LitElement, adoptStyles } from 'lit';
import { chartStyles } from './styles.js';

/**
 * A LitElement with the charts' styles (`chartStyles`), which follow it into another document. Lit adopts style sheets constructed for the page's
 * document, which a shadow root in a same-origin iframe refuses: a chart first connected there threw
 * NotAllowedError and stayed blank, and one moved there lost its styles (the browser drops the sheets of another
 * document). Here the shadow root gets sheets of its own document when it is made, and again whenever the element
 * is connected in another document (test/fuzz/iframe.test.ts).
 */
export abstract class StyledElement extends LitElement {
  static override styles = chartStyles;
  /** The document whose style sheets the shadow root holds. */
  #styledIn?: Document;

  protected override createRenderRoot(): ShadowRoot {
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.#adopt(root);
    return root;
  }

  override connectedCallback() {
    if (this.shadowRoot && this.#styledIn != this.ownerDocument) this.#adopt(this.shadowRoot);
    super.connectedCallback();
  }

  #adopt(root: ShadowRoot) {
    const doc = (this.#styledIn = this.ownerDocument);
    const styles = (this.constructor as typeof LitElement).elementStyles;
    // Lit's own way in the page's document, and where sheets cannot be adopted (it adds <style> elements then).
    if (doc == document || !('adoptedStyleSheets' in root)) return adoptStyles(root, styles);
    // Another document: copies made by its own window, one set per chart there (a document without a window,
    // DOMParser's, shows nothing).
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view)
      root.adoptedStyleSheets = styles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync('cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join(''));
        return sheet;
      });
  }
}
