/** Registers an element once; a second registration (the script loaded twice) is a no-op, not an error. */
export function define(tag: string, ctor: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
