import type { Strings } from './nl.js';
import type { Expected, Problem } from '../data/problem.js';
import { quotesFr } from './quotes-fr.js';

const list = (values: readonly (string | number)[]) => values.map((v) => `« ${v} »`).join(', ');

/** What a field should hold, in French (see `problem`). */
const expected = (e: Expected): string => {
  switch (e.kind) {
    case 'id':
      return 'un texte non vide de lettres, de chiffres, « - », « _ » ou « . »';
    case 'unique-id':
      return 'un id qu’aucun autre enregistrement n’utilise';
    case 'one-of':
      return `l’une des valeurs ${list(e.values)}${e.empty == 'allowed' ? ', ou vide' : e.empty == 'presence' ? ', ou vide pour « presence »' : ''}`;
    case 'empty':
      return `vide, parce que precision vaut « ${e.because} »`;
    case 'share':
      return `une part de 0 à 1 (0.45), un pourcentage (« 45% ») ou une fraction (« 1/3 »), parce que precision vaut « ${e.because} »`;
    case 'exact-share':
      return 'un pourcentage d’au plus deux décimales (« 45,5% » ou 0.455), parce que precision vaut « exact » ; un chiffre arrondi a la precision « about »';
    case 'words':
      return 'les mots de l’article d’où vient ce résultat';
    case 'text':
      return 'un texte, ou vide';
    case 'answered':
      return 'un nombre entier supérieur à 0, ou « not published »';
    case 'population':
      return 'un nombre entier supérieur à 0, ou null s’il n’est pas connu';
    case 'source':
      return 'la source du nombre, ou la raison pour laquelle il n’est pas connu';
    case 'once':
      return 'un seul enregistrement par type d’administration et par année';
    case 'one-per-cell':
      return `un seul résultat par type d’administration, plateforme, sujet et année ; l’enregistrement « ${e.id} » (findings[${e.index}]) a les mêmes quatre`;
  }
};

/** What is wrong with the data (or a missing part), in French: the message a reader sees instead of the chart. */
function problem(p: Problem): string {
  switch (p.code) {
    case 'not-dataset':
      return `Les données sont ${p.value} ; attendu : un objet avec une liste « findings », ou une liste de résultats.`;
    case 'no-findings':
      return 'Les données n’ont pas de liste « findings » ; attendu : { "findings": [ { "id": ..., "organisation": ..., ... } ] }.';
    case 'empty-findings':
      return 'La liste « findings » est vide ; attendu : au moins un résultat.';
    case 'not-record':
      return `L’enregistrement ${p.index + 1} (${p.list}[${p.index}]) est ${p.value} ; attendu : un objet avec ${p.list == 'findings' ? 'id, organisation, year, precision et words' : 'organisation, year, answered, population et leurs sources'}.`;
    case 'field': {
      const at = `${p.list}[${p.index}]`;
      const name = p.id ? `L’enregistrement « ${p.id} » (${at})` : `L’enregistrement ${p.index + 1} (${at})`;
      return `${name} : le champ « ${p.field} » vaut ${p.value} ; attendu : ${expected(p.expected)}.`;
    }
    case 'inline-json':
      if (p.html == 'swallowed')
        return `Le <script type="application/json"> intégré contient « <!-- » et « <script » : le navigateur y a lu le reste de la page (${p.detail}). Écrivez chaque « < » de ses textes sous la forme \\u003c.`;
      if (p.html == 'cut')
        return `Le <script type="application/json"> intégré a été fermé trop tôt par un « </script> » dans un texte (${p.detail}). Écrivez chaque « < » de ses textes sous la forme \\u003c.`;
      return `Le <script type="application/json"> intégré n’est pas du JSON valide (${p.detail}).`;
    case 'http':
      return `Impossible de charger « ${p.src} » : le serveur a répondu ${p.status}. Vérifiez l’URL de src.`;
    case 'not-json':
      return `« ${p.src} » n’est pas du JSON valide (${p.detail}). Utilisez le format de data/survey-2017.json, ou un fichier .csv.`;
    case 'unreachable':
      return `Impossible de charger « ${p.src} » : ${p.detail}. Vérifiez l’URL de src, votre connexion, et qu’un serveur d’un autre site autorise celui-ci (CORS).`;
    case 'limit':
      return `Impossible de charger « ${p.src} » : plus de ${p.limit}.`;
    case 'in-file': {
      const inner = problem(p.problem);
      return inner.includes(p.src) ? inner : `Dans « ${p.src} » : ${inner}`;
    }
    case 'part-module':
      return `La partie ${p.part} de lokale-besturen-charts n’a pas pu être chargée (${p.detail}).`;
    case 'part-script':
      return `embed-${p.part}.js n’a pas pu être chargé${p.from ? ` depuis ${p.from}` : ' (embed.js n’a pas d’URL)'}. Placez-le à côté d’embed.js, et chargez embed.js avec <script src>.`;
    case 'text':
      return p.text;
  }
}

/**
 * French (Belgium): the survey is Belgian. OCMW’s are CPAS in French, hulpverleningszones are zones de secours.
 * The article's Dutch words stay in Dutch (marked `lang="nl"`), with a French translation beside them where the data
 * has one (`wordsFr`).
 */
export const fr: Strings = {
  locale: 'fr-BE',
  quotes: quotesFr,
  /** "1 234,5", "45 %" (no-break spaces). */
  number: { decimal: ',', thousands: '\u202F', grouping: [3], currency: ['', '\u00A0€'], percent: '\u00A0%' },
  organisation: {
    municipality: 'Communes',
    ocmw: 'CPAS',
    police: 'Zones de police',
    fire: 'Zones de secours',
    all: 'Dans l’ensemble',
  },
  organisations: {
    municipality: 'communes',
    ocmw: 'CPAS',
    police: 'zones de police',
    fire: 'zones de secours',
    all: 'dans l’ensemble',
  },
  years: (years) => years.join(' et '),
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
  silentOn: (names) => `pas dans l’article : ${names}`,
  sample: {
    short: (answered, population) => (answered === null ? `n\u00A0≤\u00A0${population}` : `n\u00A0=\u00A0${answered}`),
    long: (answered, population, organisations) =>
      answered === null ? `au plus ${population} ${organisations}` : `n\u00A0=\u00A0${answered}`,
    explain: (answered, population, organisations, year) =>
      answered === null
        ? `n ≤ ${population} : le nombre de ${organisations} qui ont répondu en ${year} n’est pas publié ; il n’y en a que ${population}`
        : `n = ${answered} : ${answered} ${organisations} ont répondu en ${year}`,
    caution: 'Une part d’aussi peu d’administrations est incertaine.',
  },
  ofRespondents:
    'Pourcentages des répondants : les administrations qui ont répondu au questionnaire, pas toutes celles de Flandre.',
  ofAccounts: 'Pourcentages des comptes.',
  derived: 'déduit',
  derivedNote:
    'Déduit : le graphique calcule le reste (1 − la part) ; l’article ne donne pas de chiffre et dit seulement que les comptes diffusent « surtout ».',
  respondentsLine: (organisations, year, answered, population, about) =>
    `${year} : ${answered === null ? `nombre de ${organisations} ayant répondu non publié` : `${answered} ${organisations} ont répondu`}${population === null ? '' : ` (${about ? 'environ ' : ''}${population} en Flandre)`}`,
  problem,
  sourceWords: 'Dans l’article',
  keys: 'Survolez ou touchez un point pour les détails. Clavier : flèches d’un point à l’autre, Début et Fin vers le premier et le dernier, Entrée choisit, Échap ferme.',
  legendNote:
    'Plein : pourcentage exact. Vide : fraction en mots de l’article (≈ environ, > plus de, < presque). Tirets : négligeable ou sans chiffre.',
  source: 'Source : VVSG & Socialemediaburo.be, Sociale mediagebruik bij lokale besturen 2017',
  noSource: 'Source inconnue',
  sourcePrefix: 'Source\u00A0: ',
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
    title: (platform, years) => `${platform} chez les répondants, ${years}`,
    label: (platform, years) => `Part des répondants sur ${platform}, par type d’administration, ${years}`,
    summary: (platform, parts) =>
      `Combien des communes, CPAS, zones de police et zones de secours qui ont répondu sont actifs sur ${platform} : ${parts}.`,
  },
  growth: {
    title: (organisation) => `${organisation} sur les médias sociaux : part des répondants, 2016–2017`,
    label: (organisation) => `${organisation} qui ont répondu : présence par plateforme, 2016 et 2017`,
    summary: (organisation, parts) => `${organisation} qui ont répondu, par plateforme : ${parts}.`,
  },
  matrix: {
    title: (year) => `Qui est sur quelle plateforme : répondants, ${year}`,
    label: (year) => `Part des répondants par type d’administration et plateforme, ${year}`,
    summary: (valued, negligible, words, silent, top) =>
      `${valued} combinaisons avec un chiffre (la plus haute : ${top})${negligible ? `, ${negligible} négligeable${negligible > 1 ? 's' : ''}` : ''}, ${words} sans chiffre (des mots seulement), ${silent} dont l’article ne dit rien.`,
    short: { 'social-media': 'Médias soc.', facebook: 'FB', twitter: 'Tw', instagram: 'IG', whatsapp: 'WA' },
  },
  interaction: {
    title: 'Beaucoup de diffusion, peu d’interaction : comptes, 2017',
    label: 'Part des comptes qui interagissent, par plateforme, 2017',
    summary: (parts) =>
      `Parmi les comptes, interagissent : ${parts}. Les autres (déduit) diffusent surtout : « Au niveau local, on utilise les médias sociaux surtout pour diffuser ses propres messages. »`,
    subject: (platform) => `comptes ${platform} qui interagissent`,
    legend: ['interagit', 'déduit : diffusent surtout'],
    rest: (value) => `les autres (déduit : 1 − la part) diffusent surtout : ${value}`,
  },
  video: {
    title: 'La vidéo dans les communes qui ont répondu, 2017',
    label:
      'Les communes qui ont répondu et la vidéo en 2017 : réaliser soi-même, faire réaliser, vouloir en faire plus',
    summary: (parts) => `Des communes qui ont répondu : ${parts}.`,
  },
};
