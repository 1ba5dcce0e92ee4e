import { findFinding, selectFindings } from '../data/query.js';
import type { Dataset, Finding } from '../data/schema.js';
import type { Strings } from '../i18n/index.js';
import type { Measure } from './measure.js';
import { capital, layoutBars, type BarRowInput, type BarsInput, type BarsLayout } from './bars.js';

/** The bars and notes of municipalities and video in 2017: make it themselves, have it made, want more. */
export function videoAdoptionInput(dataset: Dataset, s: Strings): Pick<BarsInput, 'rows' | 'notes'> {
  const rows: BarRowInput[] = (['video-in-house', 'video-outsourced', 'video-more'] as const).map((topic) => ({
    key: topic,
    label: capital(s.topic[topic]),
    organisation: 'municipality',
    platform: null,
    topic,
    year: 2017,
    finding: findFinding(dataset, { organisation: 'municipality', platform: null, topic, year: 2017 }),
  }));
  const notes = (['video', 'facebook-live'] as const).flatMap((topic) =>
    selectFindings(dataset, { topic, year: 2017 }).map((finding) => ({ label: capital(s.topic[topic]), finding })),
  );
  return { rows, notes };
}

export function layoutVideoAdoption(dataset: Dataset, width: number, strings: Strings, measure: Measure, quote: (f: Finding) => string): BarsLayout {
  return layoutBars({ ...videoAdoptionInput(dataset, strings), width, strings, measure, quote });
}
