import type { Quotes } from './quotes.js';
import type { FormatLocaleDefinition } from 'd3-format';
import type { Problem } from '../data/problem.js';

/**
 * What is wrong, in Dutch, where the words are in this file: a part that could not be fetched. Problems with
 * editor data are worded by `problemNl` (problem-nl.ts), which comes with the data part that finds them; null here.
 */
function problem(p: Problem): string | null {
  switch (p.code) {
    case 'part-module':
      return `Het onderdeel ${p.part} van lokale-besturen-charts kon niet geladen worden (${p.detail}).`;
    case 'part-script':
      return `embed-${p.part}.js kon niet geladen worden${p.from ? ` van ${p.from}` : ' (embed.js heeft geen URL)'}. Zet het naast embed.js, en laad embed.js met <script src>.`;
    case 'text':
      return p.text;
    default:
      return null;
  }
}

/** Dutch: the default language. Every user-visible string of the library lives here and in its siblings. */
export const nl = {
  locale: 'nl-BE',
  /** The article's quotes in this language, by their Dutch words: none, they are Dutch (see quotes.ts). */
  quotes: {} as Quotes,
  /** How numbers are written, for d3-format's `formatLocale`: "1.234,5", "45%". */
  number: {
    decimal: ',',
    thousands: '.',
    grouping: [3],
    currency: ['€\u00A0', ''],
    percent: '%',
  } satisfies FormatLocaleDefinition,
  organisation: {
    municipality: 'Gemeenten',
    ocmw: 'OCMW’s',
    police: 'Politiezones',
    fire: 'Brandweerzones',
    /** Findings about every kind together: the article's "In het algemeen" (respondents, or their accounts). */
    all: 'Algemeen',
  },
  /** The organisations as a sentence names them, in the plural: "hoogstens 20 brandweerzones". */
  organisations: {
    municipality: 'gemeenten',
    ocmw: 'OCMW’s',
    police: 'politiezones',
    fire: 'brandweerzones',
    all: 'algemeen',
  },
  /** "2016 en 2017", "2017": the years a chart shows. */
  years: (years: readonly number[]) => years.join(' en '),
  platform: {
    'social-media': 'Sociale media',
    facebook: 'Facebook',
    twitter: 'Twitter',
    instagram: 'Instagram',
    whatsapp: 'WhatsApp',
  },
  topic: {
    presence: 'aanwezig',
    video: 'video',
    'video-in-house': 'maakt zelf video’s',
    'video-outsourced': 'laat video’s maken',
    'video-more': 'wil meer inzetten op video',
    'facebook-live': 'Facebook Live',
    broadcast: 'vooral zenden',
    interaction: 'gaat in interactie',
    'interaction-barrier': 'redenen voor weinig interactie',
    improve: 'wil het in 2018 beter doen',
  },
  /** "1 op 3" */
  fraction: (n: number, d: number) => `${n} op ${d}`,
  precision: {
    exact: 'exact percentage',
    about: 'ongeveer (woordbreuk)',
    'more-than': 'meer dan (ondergrens)',
    'less-than': 'bijna / minder dan (bovengrens)',
    negligible: 'verwaarloosbaar',
    none: 'geen cijfer in het artikel',
  },
  /** How a share reads in a sentence, by precision. */
  approx: {
    about: (v: string) => `ongeveer ${v}`,
    'more-than': (v: string) => `meer dan ${v}`,
    'less-than': (v: string) => `bijna ${v}`,
  },
  negligibleShort: 'verwaarloosbaar',
  /** The article speaks of it, without a number. */
  noFigure: 'geen cijfer',
  /** The article says nothing of it. */
  notAsked: 'niet in het artikel',
  /** "niet in het artikel: gemeenten, politiezones" */
  silentOn: (names: string) => `niet in het artikel: ${names}`,
  /**
   * Small samples: a share that rests on fewer than 30 respondents, or on a number not published out of fewer
   * than 30 organisations. `short` is drawn beside the figure, `long` said in sentences, `explain` in the note.
   */
  sample: {
    short: (answered: number | null, population: number) =>
      answered === null ? `n\u00A0≤\u00A0${population}` : `n\u00A0=\u00A0${answered}`,
    long: (answered: number | null, population: number, organisations: string) =>
      answered === null ? `hoogstens ${population} ${organisations}` : `n\u00A0=\u00A0${answered}`,
    explain: (answered: number | null, population: number, organisations: string, year: number) =>
      answered === null
        ? `n ≤ ${population}: het aantal ${organisations} dat in ${year} antwoordde is niet gepubliceerd, er zijn er maar ${population}`
        : `n = ${answered}: ${answered} ${organisations} antwoordden in ${year}`,
    caution: 'Een aandeel van zo weinig besturen is onzeker.',
  },
  /** Under every chart of shares of organisations. */
  ofRespondents:
    'Percentages van de respondenten: de besturen die de vragenlijst beantwoordden, niet alle besturen in Vlaanderen.',
  /** Under `<interaction-gap>`: the article counts accounts there. */
  ofAccounts: 'Percentages van de accounts.',
  /** A value the chart works out (the rest, 1 − share), as it is labelled wherever it shows. */
  derived: 'afgeleid',
  derivedNote:
    'Afgeleid: de rest (1 − het aandeel) rekent de grafiek uit; het artikel geeft er geen cijfer voor en zegt alleen dat men “vooral” zendt.',
  /** "2016: 119 van de 308 gemeenten antwoordden" for the downloads' header. */
  respondentsLine: (
    organisations: string,
    year: number,
    answered: number | null,
    population: number | null,
    about: boolean,
  ) =>
    `${year}: ${answered === null ? `aantal ${organisations} dat antwoordde niet gepubliceerd` : `${answered} ${organisations} antwoordden`}${population === null ? '' : ` (${about ? 'ongeveer ' : ''}${population} in Vlaanderen)`}`,
  problem,
  sourceWords: 'In het artikel',
  /** How to use a chart: under the plot while a mark has focus, and in the plot's description for screen readers. */
  keys: 'Beweeg over of tik op een punt voor details. Toetsenbord: pijltjes van punt naar punt, Home en End naar het eerste en laatste, Enter kiest, Escape sluit.',
  legendNote:
    'Gevuld: exact percentage. Open: woordbreuk uit het artikel (≈ ongeveer, > meer dan, < bijna). Gestreept: verwaarloosbaar of zonder cijfer.',
  source: 'Bron: VVSG & Socialemediaburo.be, Sociale mediagebruik bij lokale besturen 2017',
  /** Editor data that names no source. */
  noSource: 'Bron onbekend',
  /** Before the name of the editor's source (`source` attribute). */
  sourcePrefix: 'Bron: ',
  showTable: 'Tabel tonen',
  hideTable: 'Tabel verbergen',
  downloadData: 'Gegevens downloaden',
  downloadImage: 'Afbeelding downloaden',
  tableHeaders: {
    organisation: 'Bestuur',
    platform: 'Platform',
    topic: 'Onderwerp',
    year: 'Jaar',
    value: 'Aandeel',
    precision: 'Nauwkeurigheid',
    words: 'Woorden in het artikel',
  },
  loading: 'Gegevens laden…',
  errorTitle: 'Deze grafiek kan niet getoond worden',
  unknownValue: (attr: string, value: string, valid: readonly string[]) =>
    `Onbekende waarde "${value}" voor ${attr}. Geldige waarden: ${valid.join(', ')}.`,
  change: (from: string, to: string) => `van ${from} naar ${to}`,
  adoption: {
    title: (platform: string, years: string) => `${platform} bij de respondenten, ${years}`,
    label: (platform: string, years: string) =>
      `Aandeel van de respondenten op ${platform}, per soort bestuur, ${years}`,
    summary: (platform: string, parts: string) =>
      `Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op ${platform} actief zijn: ${parts}.`,
  },
  growth: {
    title: (organisation: string) => `${organisation} op sociale media: aandeel van de respondenten, 2016–2017`,
    label: (organisation: string) => `${organisation} die antwoordden: aanwezigheid per platform, 2016 en 2017`,
    summary: (organisation: string, parts: string) => `${organisation} die antwoordden, per platform: ${parts}.`,
  },
  matrix: {
    title: (year: number) => `Wie zit op welk platform: respondenten, ${year}`,
    label: (year: number) => `Aandeel van de respondenten per soort bestuur en platform, ${year}`,
    summary: (valued: number, negligible: number, words: number, silent: number, top: string) =>
      `${valued} combinaties met een cijfer (het hoogste: ${top})${negligible ? `, ${negligible} verwaarloosbaar` : ''}, ${words} zonder cijfer (alleen woorden), over ${silent} zegt het artikel niets.`,
    /** Column heads of narrow cells; the full names are in the tooltip and the table. */
    short: { 'social-media': 'Soc. media', facebook: 'FB', twitter: 'Tw', instagram: 'IG', whatsapp: 'WA' },
  },
  interaction: {
    title: 'Veel zenden, weinig interactie: accounts, 2017',
    label: 'Aandeel van de accounts dat in interactie gaat, per platform, 2017',
    summary: (parts: string) =>
      `Van de accounts gaat in interactie: ${parts}. De rest (afgeleid) zendt vooral: “Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.”`,
    /** "Twitter-accounts die in interactie gaan": the subject of a bar in the tooltip and the table. */
    subject: (platform: string) => `${platform}-accounts die in interactie gaan`,
    /** The legend: the share, then the rest (derived from it). */
    legend: ['gaat in interactie', 'afgeleid: zendt vooral'] as readonly [string, string],
    /** The rest in the tooltip, the table and to screen readers: 1 − share, worked out by the chart. */
    rest: (value: string) => `de rest (afgeleid: 1 − het aandeel) zendt vooral: ${value}`,
  },
  video: {
    title: 'Video bij de gemeenten die antwoordden, 2017',
    label: 'Gemeenten die antwoordden en video in 2017: zelf maken, laten maken, meer willen doen',
    summary: (parts: string) => `Van de gemeenten die antwoordden: ${parts}.`,
  },
};

export type Strings = typeof nl;
