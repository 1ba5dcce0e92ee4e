import type { Dataset, Finding } from './schema.js';
import type { OrganisationKey, Platform, Topic, Year } from './keys.js';

export interface FindingQuery {
  organisation?: OrganisationKey;
  platform?: Platform | null;
  topic?: Topic;
  year?: Year;
}

/** The findings that match every given field of the query, in dataset order. */
export function selectFindings(dataset: Dataset, query: FindingQuery): Finding[] {
  const fields = (['organisation', 'platform', 'topic', 'year'] as const).filter((k) => query[k] !== undefined);
  return dataset.findings.filter((f) => fields.every((k) => f[k] === query[k]));
}

/** The one finding for a cell (organisation, platform, topic, year), or null when the survey is silent. */
export function findFinding(dataset: Dataset, query: Required<FindingQuery>): Finding | null {
  return selectFindings(dataset, query)[0] ?? null;
}
