import type { Strings } from './nl.js';

/**
 * French (Belgium): the survey is Belgian. OCMW’s are CPAS in French, hulpverleningszones are zones de secours.
 * The article's Dutch words stay in Dutch (marked `lang="nl"`); only the chart's own text is translated.
 */
export const fr: Strings = {
  locale: 'fr-BE',
  /** "1 234,5", "45 %" (no-break spaces). */
  number: { decimal: ',', thousands: '\u202F', grouping: [3], currency: ['', '\u00A0€'], percent: '\u00A0%' },
  organisation: {
    municipality: 'Communes',
    ocmw: 'CPAS',
    police: 'Zones de police',
    fire: 'Zones de secours',
    all: 'Tous les répondants',
  },
  platform: {
    'social-media': 'Médias sociaux',
    facebook: 'Facebook',
    twitter: 'Twitter',
    instagram: 'Instagram',
    whatsapp: 'WhatsApp',
  },
  topic: {
    presence: 'présent',
    video: 'vidéo',
    'video-in-house': 'réalise ses propres vidéos',
    'video-outsourced': 'fait réaliser des vidéos',
    'video-more': 'veut miser davantage sur la vidéo',
    'facebook-live': 'Facebook Live',
    broadcast: 'surtout diffuser',
    interaction: 'interagit',
    'interaction-barrier': 'raisons du peu d’interaction',
    improve: 'veut mieux faire en 2018',
  },
  fraction: (n, d) => `${n} sur ${d}`,
  precision: {
    exact: 'pourcentage exact',
    about: 'environ (fraction en mots)',
    'more-than': 'plus de (borne inférieure)',
    'less-than': 'presque / moins de (borne supérieure)',
    negligible: 'négligeable',
    none: 'pas de chiffre dans l’article',
  },
  approx: {
    about: (v) => `environ ${v}`,
    'more-than': (v) => `plus de ${v}`,
    'less-than': (v) => `presque ${v}`,
  },
  negligibleShort: 'négligeable',
  noFigure: 'pas de chiffre',
  notAsked: 'pas dans l’article',
  sourceWords: 'Dans l’article',
  keys: 'Survolez ou touchez un point pour les détails. Clavier : flèches d’un point à l’autre, Début et Fin vers le premier et le dernier, Entrée choisit, Échap ferme.',
  legendNote:
    'Plein : pourcentage exact. Vide : fraction en mots de l’article (≈ environ, > plus de, < presque). Tirets : négligeable ou sans chiffre. Pourcentages des répondants.',
  source: 'Source : VVSG & Socialemediaburo.be, Sociale mediagebruik bij lokale besturen 2017',
  showTable: 'Afficher le tableau',
  hideTable: 'Masquer le tableau',
  downloadData: 'Télécharger les données',
  downloadImage: 'Télécharger l’image',
  tableHeaders: {
    organisation: 'Administration',
    platform: 'Plateforme',
    topic: 'Sujet',
    year: 'Année',
    value: 'Part',
    precision: 'Précision',
    words: 'Mots de l’article',
  },
  loading: 'Chargement des données…',
  errorTitle: 'Ce graphique ne peut pas être affiché',
  unknownValue: (attr, value, valid) =>
    `Valeur inconnue « ${value} » pour ${attr}. Valeurs valides : ${valid.join(', ')}.`,
  // « d’environ », « de 40 % »
  change: (from, to) => `${/^[aeiouéh]/i.test(from) ? 'd’' : 'de '}${from} à ${to}`,
  adoption: {
    title: (platform) => `${platform} dans les administrations locales`,
    label: (platform) => `Part des administrations locales sur ${platform}, 2016 et 2017`,
    summary: (platform, parts) =>
      `Combien de communes, CPAS, zones de police et zones de secours sont actifs sur ${platform} : ${parts}.`,
  },
  growth: {
    title: (organisation) => `${organisation} sur les médias sociaux`,
    label: (organisation) => `${organisation} : présence par plateforme, 2016 et 2017`,
    summary: (organisation, parts) => `${organisation} par plateforme : ${parts}.`,
  },
  matrix: {
    title: (year) => `Qui est sur quelle plateforme, ${year}`,
    label: (year) => `Part des administrations locales par plateforme, ${year}`,
    summary: (valued, words, silent, top) =>
      `${valued} combinaisons avec un chiffre (la plus haute : ${top}), ${words} avec des mots seulement, ${silent} dont l’article ne dit rien.`,
    short: { 'social-media': 'Médias soc.', facebook: 'FB', twitter: 'Tw', instagram: 'IG', whatsapp: 'WA' },
  },
  interaction: {
    title: 'Beaucoup de diffusion, peu d’interaction, 2017',
    label: 'Part des comptes des administrations locales qui interagissent, par plateforme, 2017',
    summary: (parts) => `Comptes qui interagissent : ${parts}. Les autres ne font que diffuser.`,
    legend: ['interagit', 'les autres : diffusent seulement'],
  },
  video: {
    title: 'Les communes et la vidéo, 2017',
    label: 'Les communes et la vidéo en 2017 : réaliser soi-même, faire réaliser, vouloir en faire plus',
    summary: (parts) => `Des communes qui ont répondu : ${parts}.`,
  },
};
