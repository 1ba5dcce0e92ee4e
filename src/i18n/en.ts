import type { Strings } from './nl.js';
import { problemEn } from './problem-en.js';
import { quotesEn } from './quotes-en.js';

/** English. */
export const en: Strings = {
  locale: 'en-GB',
  quotes: quotesEn,
  /** "1,234.5", "45%". */
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], percent: '%' },
  organisation: {
    municipality: 'Municipalities',
    ocmw: 'OCMWs',
    police: 'Police zones',
    fire: 'Fire zones',
    all: 'Overall',
  },
  organisations: {
    municipality: 'municipalities',
    ocmw: 'OCMWs',
    police: 'police zones',
    fire: 'fire zones',
    all: 'overall',
  },
  years: (years) => years.join(' and '),
  platform: {
    'social-media': 'Social media',
    facebook: 'Facebook',
    twitter: 'Twitter',
    instagram: 'Instagram',
    whatsapp: 'WhatsApp',
  },
  topic: {
    presence: 'present',
    video: 'video',
    'video-in-house': 'makes its own videos',
    'video-outsourced': 'has videos made',
    'video-more': 'wants to do more video',
    'facebook-live': 'Facebook Live',
    broadcast: 'mainly broadcasts',
    interaction: 'interacts',
    'interaction-barrier': 'reasons for little interaction',
    improve: 'wants to do better in 2018',
  },
  fraction: (n, d) => `${n} in ${d}`,
  precision: {
    exact: 'exact percentage',
    about: 'about (word fraction)',
    'more-than': 'more than (lower bound)',
    'less-than': 'almost / less than (upper bound)',
    negligible: 'negligible',
    none: 'no figure in the article',
  },
  approx: {
    about: (v) => `about ${v}`,
    'more-than': (v) => `more than ${v}`,
    'less-than': (v) => `almost ${v}`,
  },
  negligibleShort: 'negligible',
  noFigure: 'no figure',
  notAsked: 'not in the article',
  silentOn: (names) => `not in the article: ${names}`,
  sample: {
    short: (answered, population) => (answered === null ? `n\u00A0≤\u00A0${population}` : `n\u00A0=\u00A0${answered}`),
    long: (answered, population, organisations) =>
      answered === null ? `at most ${population} ${organisations}` : `n\u00A0=\u00A0${answered}`,
    explain: (answered, population, organisations, year) =>
      answered === null
        ? `n ≤ ${population}: how many ${organisations} answered in ${year} is not published; there are only ${population}`
        : `n = ${answered}: ${answered} ${organisations} answered in ${year}`,
    caution: 'A share of so few organisations is uncertain.',
  },
  ofRespondents:
    'Percentages of respondents: the organisations that answered the questionnaire, not all of them in Flanders.',
  ofAccounts: 'Percentages of accounts.',
  derived: 'derived',
  derivedNote:
    'Derived: the chart works out the rest (1 − the share); the article gives no figure for it and only says that accounts “mainly” broadcast.',
  respondentsLine: (organisations, year, answered, population, about) =>
    `${year}: ${answered === null ? `number of ${organisations} that answered not published` : `${answered} ${organisations} answered`}${population === null ? '' : ` (${about ? 'about ' : ''}${population} in Flanders)`}`,
  problem: problemEn,
  sourceWords: 'In the article',
  keys: 'Hover or tap a mark for details. Keyboard: arrow keys move from mark to mark, Home and End to the first and last, Enter selects, Escape closes.',
  legendNote:
    'Filled: exact percentage. Open: word fraction from the article (≈ about, > more than, < almost). Dashed: negligible or no figure.',
  source: 'Source: VVSG & Socialemediaburo.be, Sociale mediagebruik bij lokale besturen 2017',
  noSource: 'Source unknown',
  sourcePrefix: 'Source: ',
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadData: 'Download data',
  downloadImage: 'Download image',
  tableHeaders: {
    organisation: 'Organisation',
    platform: 'Platform',
    topic: 'Topic',
    year: 'Year',
    value: 'Share',
    precision: 'Precision',
    words: 'Words in the article',
  },
  loading: 'Loading data…',
  errorTitle: 'This chart cannot be shown',
  unknownValue: (attr, value, valid) => `Unknown value "${value}" for ${attr}. Valid values: ${valid.join(', ')}.`,
  change: (from, to) => `from ${from} to ${to}`,
  adoption: {
    title: (platform, years) => `${platform} among respondents, ${years}`,
    label: (platform, years) => `Share of respondents on ${platform}, by kind of organisation, ${years}`,
    summary: (platform, parts) =>
      `How many of the municipalities, OCMWs, police and fire zones that answered are active on ${platform}: ${parts}.`,
  },
  growth: {
    title: (organisation) => `${organisation} on social media: share of respondents, 2016–2017`,
    label: (organisation) => `${organisation} that answered: presence by platform, 2016 and 2017`,
    summary: (organisation, parts) => `${organisation} that answered, by platform: ${parts}.`,
  },
  matrix: {
    title: (year) => `Who is on which platform: respondents, ${year}`,
    label: (year) => `Share of respondents by kind of organisation and platform, ${year}`,
    summary: (valued, negligible, words, silent, top) =>
      `${valued} pairs with a figure (highest: ${top})${negligible ? `, ${negligible} negligible` : ''}, ${words} without a figure (words only), ${silent} the article says nothing about.`,
    short: { 'social-media': 'Social', facebook: 'FB', twitter: 'Tw', instagram: 'IG', whatsapp: 'WA' },
  },
  interaction: {
    title: 'Broadcasting a lot, interacting little: accounts, 2017',
    label: 'Share of accounts that interact, by platform, 2017',
    summary: (parts) =>
      `Of the accounts, these interact: ${parts}. The rest (derived) mainly broadcast: “Locally, social media is used mainly to send one's own messages.”`,
    subject: (platform) => `${platform} accounts that interact`,
    legend: ['interacts', 'derived: mainly broadcasts'],
    rest: (value) => `the rest (derived: 1 − the share) mainly broadcasts: ${value}`,
  },
  video: {
    title: 'Video among the municipalities that answered, 2017',
    label: 'Municipalities that answered and video in 2017: making it, having it made, wanting more',
    summary: (parts) => `Of the municipalities that answered: ${parts}.`,
  },
};
