import type { Expected, Problem } from '../data/problem.js';

/**
 * What is wrong with editor data, in Dutch: the words of `nl.problem` for the problems the data part finds. A
 * module of its own, in the data part (dist/embed-data.js, or its chunk), which is there whenever such a problem
 * is: a Dutch page without editor data does not load them. English and French say the same in problem-en.ts and
 * fr.ts.
 */
const list = (values: readonly (string | number)[]) => values.map((v) => `"${v}"`).join(', ');

/** What a field should hold, in Dutch (see `problem`). */
const expected = (e: Expected): string => {
  switch (e.kind) {
    case 'id':
      return 'een niet-lege tekst van letters, cijfers, "-", "_" of "."';
    case 'unique-id':
      return 'een id die geen ander record gebruikt';
    case 'one-of':
      return `een van ${list(e.values)}${e.empty == 'allowed' ? ', of leeg' : e.empty == 'presence' ? ', of leeg voor "presence"' : ''}`;
    case 'empty':
      return `leeg, omdat precision "${e.because}" is`;
    case 'share':
      return `een aandeel van 0 tot 1 (0.45), een percentage ("45%") of een breuk ("1/3"), omdat precision "${e.because}" is`;
    case 'exact-share':
      return 'een percentage met hoogstens twee decimalen ("45,5%" of 0.455), omdat precision "exact" is; een afgerond cijfer heeft precision "about"';
    case 'words':
      return 'de woorden van het artikel waar dit cijfer uit komt';
    case 'text':
      return 'een tekst, of leeg';
    case 'answered':
      return 'een geheel getal groter dan 0, of "not published"';
    case 'population':
      return 'een geheel getal groter dan 0, of null waar het niet bekend is';
    case 'source':
      return 'de bron van het getal, of waarom het niet bekend is';
    case 'once':
      return 'één record per soort bestuur en jaar';
    case 'one-per-cell':
      return `één bevinding per soort bestuur, platform, onderwerp en jaar; record "${e.id}" (findings[${e.index}]) heeft dezelfde vier`;
  }
};

/** What is wrong with the data (or a missing part), in Dutch: the message a reader sees instead of the chart. */
export function problemNl(p: Problem): string {
  switch (p.code) {
    case 'not-dataset':
      return `De gegevens zijn ${p.value}; verwacht werd een object met een lijst "findings", of een lijst van bevindingen.`;
    case 'no-findings':
      return 'De gegevens hebben geen lijst "findings"; verwacht werd { "findings": [ { "id": ..., "organisation": ..., ... } ] }.';
    case 'empty-findings':
      return 'De lijst "findings" is leeg; verwacht werd minstens één bevinding.';
    case 'not-record':
      return `Record ${p.index + 1} (${p.list}[${p.index}]) is ${p.value}; verwacht werd een object met ${p.list == 'findings' ? 'id, organisation, year, precision en words' : 'organisation, year, answered, population en hun bronnen'}.`;
    case 'field': {
      const at = `${p.list}[${p.index}]`;
      const name = p.id ? `Record "${p.id}" (${at})` : `Record ${p.index + 1} (${at})`;
      return `${name}: veld "${p.field}" is ${p.value}; verwacht werd ${expected(p.expected)}.`;
    }
    case 'inline-json':
      if (p.html == 'swallowed')
        return `De inline <script type="application/json"> bevat "<!--" en "<script": de browser las de rest van de pagina erin (${p.detail}). Schrijf elke "<" in de teksten als \\u003c.`;
      if (p.html == 'cut')
        return `De inline <script type="application/json"> werd te vroeg afgesloten door een "</script>" in een tekst (${p.detail}). Schrijf elke "<" in de teksten als \\u003c.`;
      return `De inline <script type="application/json"> is geen geldige JSON (${p.detail}).`;
    case 'http':
      return `"${p.src}" kon niet geladen worden: de server antwoordde ${p.status}. Controleer de src-URL.`;
    case 'not-json':
      return `"${p.src}" is geen geldige JSON (${p.detail}). Gebruik het formaat van data/survey-2017.json, of een .csv-bestand.`;
    case 'unreachable':
      return `"${p.src}" kon niet geladen worden: ${p.detail}. Controleer de src-URL, de verbinding, en dat een server op een andere site deze site toelaat (CORS).`;
    case 'limit':
      return `"${p.src}" kon niet geladen worden: meer dan ${p.limit}.`;
    case 'in-file': {
      const inner = problemNl(p.problem);
      return inner.includes(p.src) ? inner : `In "${p.src}": ${inner}`;
    }
    case 'part-module':
      return `Het onderdeel ${p.part} van lokale-besturen-charts kon niet geladen worden (${p.detail}).`;
    case 'part-script':
      return `embed-${p.part}.js kon niet geladen worden${p.from ? ` van ${p.from}` : ' (embed.js heeft geen URL)'}. Zet het naast embed.js, en laad embed.js met <script src>.`;
    case 'text':
      return p.text;
  }
}
