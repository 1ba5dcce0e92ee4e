import type { Tag } from '../tags.js';

/** Registers an element once; a second registration (the script loaded twice) is a no-op, not an error. */
export function define(tag: Tag, ctor: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
