/**
 * dist/embed.js's stand-in for `index.ts`: each optional part is a classic script beside embed.js
 * (embed-en.js, embed-fr.js, embed-downloads.js, embed-data.js), added to the page on first use. Its script hands the module
 * over through `register` (store.ts) under the library's version, so two versions on a page never mix parts.
 */
import { peek } from './store.js';
import type { PartName, Parts } from './index.js';
import type { Strings } from '../i18n/nl.js';
import type { Problem } from '../data/problem.js';

export { peek };

/** The script running now, embed.js; as a module it has none, and is found by its name. */
const me =
  (document.currentScript as HTMLScriptElement | null) ??
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /\/embed\.js([?#]|$)/.test(s.src));
const home = me?.src;
/** The parts' Subresource Integrity hashes, written in when embed.js is built (vite.config.ts, mode `embed`). */
declare const __PART_INTEGRITY__: Record<PartName, string>;
const asked: Partial<Record<PartName, Promise<unknown>>> = {};
/** The problem of each part script that could not be loaded, by the message the chart keeps. */
const failed = new Map<string, Problem>();

/** The problem behind a chart's message: a part that could not be fetched, or bad editor data; null for any other. */
export const problemOf = (message: string): Problem | null =>
  failed.get(message) ?? peek('data')?.problemOf(message) ?? null;

/** As index.ts: a chart's message in its language (a part that could not be loaded, or bad editor data). */
export const problemWords = (message: string, s: Strings): string => {
  const data = peek('data');
  const problem = problemOf(message);
  if (!problem) return message;
  // Dutch words for problems with editor data come with the data part, which is there when such a problem is.
  return s.problem(problem) ?? data?.problemNl(problem) ?? message;
};

export const need = <K extends PartName>(name: K): Promise<Parts[K]> =>
  (asked[name] ??= new Promise((resolve, reject) => {
    // Said once for the page, in English (the Dutch strings are all embed.js has at hand); the chart says it in its
    // language (`problemWords`).
    const fail = (from: string | null) => {
      const problem: Problem = { code: 'part-script', part: name, from };
      const message = `embed-${name}.js could not be loaded${from ? ` from ${from}` : ' (embed.js has no URL)'}. Keep it beside embed.js, and load embed.js with <script src>.`;
      failed.set(message, problem);
      console.warn(`lokale-besturen-charts: ${message}`);
      reject(new Error(message));
    };
    if (peek(name)) return resolve(peek(name)!);
    if (!home) return fail(null);
    const s = document.createElement('script');
    s.src = new URL(`embed-${name}.js`, home).href;
    // A page whose Content-Security-Policy allows embed.js by its nonce allows its parts by the same nonce.
    s.nonce = me?.nonce ?? '';
    // A page that pins embed.js by its hash (`integrity`, fetched with CORS) gets its parts pinned by theirs, fetched
    // the same way. Unpinned, a part is loaded as embed.js was: a host without CORS headers still serves it.
    if (me?.integrity) {
      s.integrity = __PART_INTEGRITY__[name];
      s.crossOrigin = me.crossOrigin ?? 'anonymous';
    }
    s.onload = () => (peek(name) ? resolve(peek(name)!) : fail(s.src));
    s.onerror = () => fail(s.src);
    document.head.append(s);
  })) as Promise<Parts[K]>;
