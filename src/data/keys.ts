/** The four kinds of Flemish local government the survey asked. */
export const ORGANISATIONS = ['municipality', 'ocmw', 'police', 'fire'] as const;
/** `all` marks a finding about all respondents together. */
export const ORGANISATION_KEYS = [...ORGANISATIONS, 'all'] as const;
/** `social-media` means "active on any social medium". */
export const PLATFORMS = ['social-media', 'facebook', 'twitter', 'instagram', 'whatsapp'] as const;
export const YEARS = [2016, 2017] as const;
/** What a finding is about; `presence` (is active on the platform) is the default. */
export const TOPICS = [
  'presence',
  'video',
  'video-in-house',
  'video-outsourced',
  'video-more',
  'facebook-live',
  'broadcast',
  'interaction',
  'interaction-barrier',
  'improve',
] as const;
/**
 * How exact a share is:
 * - `exact`: a percentage printed in the article ("45%");
 * - `about`: a word fraction ("een op drie"), approximate;
 * - `more-than`: a lower bound ("iets meer dan een op tien");
 * - `less-than`: an upper bound ("bijna twee op drie");
 * - `negligible`: close to zero, no number ("verwaarloosbaar");
 * - `none`: a finding without any number ("Vooral Facebook is populair").
 */
export const PRECISIONS = ['exact', 'about', 'more-than', 'less-than', 'negligible', 'none'] as const;

export type Organisation = (typeof ORGANISATIONS)[number];
export type OrganisationKey = (typeof ORGANISATION_KEYS)[number];
export type Platform = (typeof PLATFORMS)[number];
export type Year = (typeof YEARS)[number];
export type Topic = (typeof TOPICS)[number];
export type Precision = (typeof PRECISIONS)[number];

export const isOneOf = <T extends string | number>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);
