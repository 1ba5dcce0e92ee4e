import { findFinding } from '../data/query.js';
import type { Dataset } from '../data/schema.js';
import type { OrganisationKey, Platform, Topic } from '../data/keys.js';
import type { BarRowInput } from '../core/bars.js';
import type { Strings } from '../i18n/index.js';

/** Where a finding of 2017 sits in the dataset: organisation, platform (null for none) and topic. */
export type Cell = readonly [OrganisationKey, Platform | null, Topic];

/** A name with a capital first letter, for a row named by its topic ("maakt zelf video’s"). */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The findings of 2017 in the given cells. Cells of one topic are named by their platform ("Twitter"),
 * cells of different topics by their topic ("Maakt zelf video’s").
 */
export function barsInput(dataset: Dataset, s: Strings, cells: readonly Cell[]): BarRowInput[] {
  const byPlatform = cells.every((c) => c[2] === cells[0][2]);
  return cells.map(([organisation, platform, topic]) => ({
    key: byPlatform ? platform! : topic,
    label: byPlatform ? s.platform[platform!] : capital(s.topic[topic]),
    organisation,
    platform,
    topic,
    year: 2017,
    finding: findFinding(dataset, { organisation, platform, topic, year: 2017 }),
  }));
}
