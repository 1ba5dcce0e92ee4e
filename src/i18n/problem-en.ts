import type { Expected, Problem } from '../data/problem.js';

/**
 * What is wrong with data, in English: `DataError.message`, and the English charts' words (`en.problem`).
 * A module of its own, so that the validator (in the editor-data part) takes these words without the rest of `en`.
 * Dutch and French say the same in nl.ts and fr.ts.
 */
const list = (values: readonly (string | number)[]) => values.map((v) => `"${v}"`).join(', ');

const expected = (e: Expected): string => {
  switch (e.kind) {
    case 'id':
      return 'a non-empty text of letters, digits, "-", "_" or "."';
    case 'unique-id':
      return 'an id that no other record uses';
    case 'one-of':
      return `one of ${list(e.values)}${e.empty == 'allowed' ? ', or empty' : e.empty == 'presence' ? ', or empty for "presence"' : ''}`;
    case 'empty':
      return `empty, because precision is "${e.because}"`;
    case 'share':
      return `a proportion from 0 to 1 (0.45), a percentage ("45%") or a fraction ("1/3"), because precision is "${e.because}"`;
    case 'exact-share':
      return 'a percentage with at most two decimals ("45.5%" or 0.455), because precision is "exact"; a rounded figure has precision "about"';
    case 'words':
      return 'the words of the article this finding comes from';
    case 'text':
      return 'a text, or empty';
    case 'answered':
      return 'a whole number above 0, or "not published"';
    case 'population':
      return 'a whole number above 0, or null where it is not known';
    case 'source':
      return 'the source of the number, or why it is not known';
    case 'once':
      return 'one record per organisation and year';
    case 'one-per-cell':
      return `one finding per organisation, platform, topic and year; record "${e.id}" (findings[${e.index}]) has the same four`;
  }
};

export function problemEn(p: Problem): string {
  switch (p.code) {
    case 'not-dataset':
      return `The data is ${p.value}; expected an object with a "findings" list, or a list of findings.`;
    case 'no-findings':
      return 'The data has no "findings" list; expected { "findings": [ { "id": ..., "organisation": ..., ... } ] }.';
    case 'empty-findings':
      return 'The "findings" list is empty; expected at least one finding.';
    case 'not-record':
      return `Record ${p.index + 1} (${p.list}[${p.index}]) is ${p.value}; expected an object with ${p.list == 'findings' ? 'id, organisation, year, precision and words' : 'organisation, year, answered, population and their sources'}.`;
    case 'field': {
      const at = `${p.list}[${p.index}]`;
      const name = p.id ? `Record "${p.id}" (${at})` : `Record ${p.index + 1} (${at})`;
      return `${name}: field "${p.field}" is ${p.value}; expected ${expected(p.expected)}.`;
    }
    case 'inline-json':
      if (p.html == 'swallowed')
        return `The inline <script type="application/json"> holds "<!--" and "<script": the browser read the rest of the page into it (${p.detail}). Write each "<" in its strings as \\u003c.`;
      if (p.html == 'cut')
        return `The inline <script type="application/json"> was ended early by a "</script>" in a string (${p.detail}). Write each "<" in its strings as \\u003c.`;
      return `The inline <script type="application/json"> is not valid JSON (${p.detail}).`;
    case 'http':
      return `Could not load "${p.src}": the server answered ${p.status}. Check the src URL.`;
    case 'not-json':
      return `"${p.src}" is not valid JSON (${p.detail}). Use the format of data/survey-2017.json, or a .csv file.`;
    case 'unreachable':
      return `Could not load "${p.src}": ${p.detail}. Check the src URL, your connection, and that a server on another site allows this one (CORS).`;
    case 'limit':
      return `Could not load "${p.src}": more than ${p.limit}.`;
    case 'in-file': {
      const inner = problemEn(p.problem);
      return inner.includes(p.src) ? inner : `In "${p.src}": ${inner}`;
    }
    case 'part-module':
      return `The ${p.part} part of lokale-besturen-charts could not be loaded (${p.detail}).`;
    case 'part-script':
      return `embed-${p.part}.js could not be loaded${p.from ? ` from ${p.from}` : ' (embed.js has no URL)'}. Keep it beside embed.js, and load embed.js with <script src>.`;
    case 'text':
      return p.text;
  }
}
