import { selectFindings } from '../data/query.js';
import { PLATFORMS, type Platform } from '../data/keys.js';
import type { Dataset, Finding } from '../data/schema.js';
import type { Strings } from '../i18n/index.js';
import type { Measure } from './measure.js';
import { capital, layoutBars, type BarRowInput, type BarsInput, type BarsLayout } from './bars.js';

/** Twitter and Facebook (the platforms the article names, in its order), then any other with a figure. */
const ORDER: readonly Platform[] = ['twitter', 'facebook', ...PLATFORMS.filter((p) => p !== 'twitter' && p !== 'facebook')];

/** The bars and notes of "veel zenden, weinig interactie": accounts that interact, per platform, in 2017. */
export function interactionGapInput(dataset: Dataset, s: Strings): Pick<BarsInput, 'rows' | 'notes' | 'rest'> {
  const found = selectFindings(dataset, { organisation: 'all', topic: 'interaction', year: 2017 });
  const rows: BarRowInput[] = ORDER.flatMap((platform, i) => {
    const finding = found.find((f) => f.platform === platform) ?? null;
    return i < 2 || finding
      ? [{ key: platform, label: s.platform[platform], organisation: 'all', platform, topic: 'interaction', year: 2017, finding }]
      : [];
  });
  const notes = (['broadcast', 'interaction-barrier'] as const).flatMap((topic) =>
    selectFindings(dataset, { topic, year: 2017 }).map((finding) => ({ label: capital(s.topic[topic]), finding })),
  );
  return { rows, notes, rest: s.interaction.legend };
}

export function layoutInteractionGap(dataset: Dataset, width: number, strings: Strings, measure: Measure, quote: (f: Finding) => string): BarsLayout {
  return layoutBars({ ...interactionGapInput(dataset, strings), width, strings, measure, quote });
}
