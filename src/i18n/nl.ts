import type { FormatLocaleDefinition } from 'd3-format';

/** Dutch: the default language. Every user-visible string of the library lives here and in its siblings. */
export const nl = {
  locale: 'nl-BE',
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
    all: 'Alle respondenten',
  },
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
  noFigure: 'geen cijfer',
  notAsked: 'niet in het artikel',
  sourceWords: 'In het artikel',
  /** How to use a chart: under the plot while a mark has focus, and in the plot's description for screen readers. */
  keys: 'Beweeg over of tik op een punt voor details. Toetsenbord: pijltjes van punt naar punt, Home en End naar het eerste en laatste, Enter kiest, Escape sluit.',
  legendNote:
    'Gevuld: exact percentage. Open: woordbreuk uit het artikel (≈ ongeveer, > meer dan, < bijna). Gestreept: verwaarloosbaar of zonder cijfer. Percentages van de respondenten.',
  source: 'Bron: VVSG & Socialemediaburo.be, Sociale mediagebruik bij lokale besturen 2017',
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
    title: (platform: string) => `${platform} bij lokale besturen`,
    label: (platform: string) => `Aandeel van de lokale besturen op ${platform}, 2016 en 2017`,
    summary: (platform: string, parts: string) =>
      `Hoeveel gemeenten, OCMW’s, politie- en brandweerzones op ${platform} actief zijn: ${parts}.`,
  },
  growth: {
    title: (organisation: string) => `${organisation} op sociale media`,
    label: (organisation: string) => `${organisation}: aanwezigheid per platform, 2016 en 2017`,
    summary: (organisation: string, parts: string) => `${organisation} per platform: ${parts}.`,
  },
  matrix: {
    title: (year: number) => `Wie zit op welk platform, ${year}`,
    label: (year: number) => `Aandeel van de lokale besturen per platform, ${year}`,
    summary: (valued: number, words: number, silent: number, top: string) =>
      `${valued} combinaties met een cijfer (het hoogste: ${top}), ${words} met alleen woorden, over ${silent} zegt het artikel niets.`,
    /** Column heads of narrow cells; the full names are in the tooltip and the table. */
    short: { 'social-media': 'Soc. media', facebook: 'FB', twitter: 'Tw', instagram: 'IG', whatsapp: 'WA' },
  },
  interaction: {
    title: 'Veel zenden, weinig interactie, 2017',
    label: 'Aandeel van de accounts van lokale besturen dat in interactie gaat, per platform, 2017',
    summary: (parts: string) => `Accounts die in interactie gaan: ${parts}. De rest zendt alleen.`,
    /** The legend: the share, then the rest (derived from it). */
    legend: ['gaat in interactie', 'de rest: zendt alleen'] as readonly [string, string],
  },
  video: {
    title: 'Gemeenten en video, 2017',
    label: 'Gemeenten en video in 2017: zelf maken, laten maken, meer willen doen',
    summary: (parts: string) => `Van de gemeenten die antwoordden: ${parts}.`,
  },
};

export type Strings = typeof nl;
