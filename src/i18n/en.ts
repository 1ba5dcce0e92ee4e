import type { Strings } from './nl.js';

/** English. */
export const en: Strings = {
  locale: 'en-GB',
  /** "1,234.5", "45%". */
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], percent: '%' },
  organisation: {
    municipality: 'Municipalities',
    ocmw: 'OCMWs',
    police: 'Police zones',
    fire: 'Fire zones',
    all: 'All respondents',
  },
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
  sourceWords: 'In the article',
  keys: 'Hover or tap a mark for details. Keyboard: arrow keys move from mark to mark, Home and End to the first and last, Enter selects, Escape closes.',
  legendNote:
    'Filled: exact percentage. Open: word fraction from the article (≈ about, > more than, < almost). Dashed: negligible or no figure. Shares of respondents.',
  source: 'Source: VVSG & Socialemediaburo.be, Sociale mediagebruik bij lokale besturen 2017',
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
    title: (platform) => `${platform} in local government`,
    label: (platform) => `Share of local governments on ${platform}, 2016 and 2017`,
    summary: (platform, parts) =>
      `How many municipalities, OCMWs, police and fire zones are active on ${platform}: ${parts}.`,
  },
  growth: {
    title: (organisation) => `${organisation} on social media`,
    label: (organisation) => `${organisation}: presence per platform, 2016 and 2017`,
    summary: (organisation, parts) => `${organisation} by platform: ${parts}.`,
  },
  matrix: {
    title: (year) => `Who is on which platform, ${year}`,
    label: (year) => `Share of local governments per platform, ${year}`,
    summary: (valued, words, silent, top) =>
      `${valued} pairs with a figure (highest: ${top}), ${words} with words only, ${silent} the article says nothing about.`,
    short: { 'social-media': 'Social', facebook: 'FB', twitter: 'Tw', instagram: 'IG', whatsapp: 'WA' },
  },
  interaction: {
    title: 'Broadcasting a lot, interacting little, 2017',
    label: 'Share of local government accounts that interact, by platform, 2017',
    summary: (parts) => `Accounts that interact: ${parts}. The rest broadcast only.`,
    legend: ['interacts', 'the rest: broadcasts only'],
  },
  video: {
    title: 'Municipalities and video, 2017',
    label: 'Municipalities and video in 2017: making it, having it made, wanting more',
    summary: (parts) => `Of the municipalities that answered: ${parts}.`,
  },
};
