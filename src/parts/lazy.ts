/**
 * dist/embed.js's stand-in for `index.ts`: each optional part is a classic script beside embed.js
 * (embed-en.js, embed-fr.js, embed-downloads.js, embed-data.js), added to the page on first use. Its script hands the module
 * over through `register` (store.ts) under the library's version, so two versions on a page never mix parts.
 */
import { peek } from './store.js';
import type { PartName, Parts } from './index.js';

export { peek };

/** The script running now, embed.js; as a module it has none, and is found by its name. */
const me =
  (document.currentScript as HTMLScriptElement | null) ??
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /\/embed\.js([?#]|$)/.test(s.src));
const home = me?.src;
const asked: Partial<Record<PartName, Promise<unknown>>> = {};

export const need = <K extends PartName>(name: K): Promise<Parts[K]> =>
  (asked[name] ??= new Promise((resolve, reject) => {
    const fail = (why: string) => {
      const message = `embed-${name}.js could not be loaded${why}. Keep it beside embed.js, and load embed.js with <script src>.`;
      console.warn(`lokale-besturen-charts: ${message}`);
      reject(new Error(message));
    };
    if (peek(name)) return resolve(peek(name)!);
    if (!home) return fail(' (embed.js has no URL)');
    const s = document.createElement('script');
    s.src = new URL(`embed-${name}.js`, home).href;
    // A page whose Content-Security-Policy allows embed.js by its nonce allows its parts by the same nonce.
    s.nonce = me?.nonce ?? '';
    s.onload = () => (peek(name) ? resolve(peek(name)!) : fail(` from ${s.src}`));
    s.onerror = () => fail(` from ${s.src}`);
    document.head.append(s);
  })) as Promise<Parts[K]>;
