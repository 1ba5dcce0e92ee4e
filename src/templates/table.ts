import { html } from 'lit';
import type { ChartMark } from '../core/types.js';
import type { Finding } from '../data/schema.js';
import type { Strings } from '../i18n/index.js';

/** One row of the table: a mark's finding, or a related finding of its series, or the mark's silence. */
export interface TableRow {
  mark: ChartMark;
  finding: Finding | null;
}

/** The rows of the table: each finding of the marks once (related findings after their mark), in mark order. */
export function tableRows(marks: readonly ChartMark[]): TableRow[] {
  const seen = new Set<string>();
  return marks.flatMap((mark) =>
    [mark.finding, ...(mark.related ?? [])]
      .filter((f, i) => i === 0 || f)
      .flatMap((finding) => {
        const key = finding?.id ?? mark.key;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ mark, finding }];
      }),
  );
}

/** How the table words its cells. */
export interface TableText {
  caption: string;
  /** The platform or topic of a mark. */
  subject: (m: ChartMark) => string;
  /** A finding's figure as a sentence says it. */
  value: (f: Finding | null) => string;
}

/** The accessible table of a chart: one row per finding, with its precision and the article's words. */
export function dataTable(rows: TableRow[], s: Strings, t: TableText) {
  const h = s.tableHeaders;
  return html`<table part="table">
      <caption class="visually-hidden">${t.caption}</caption>
      <thead><tr><th scope="col">${h.organisation}</th><th scope="col">${h.platform}</th><th scope="col">${h.year}</th>
        <th scope="col">${h.value}</th><th scope="col">${h.precision}</th><th scope="col">${h.words}</th></tr></thead>
      <tbody>${rows.map(
        ({ mark: m, finding: f }) => html`<tr data-key=${f?.id ?? m.key}>
          <th scope="row">${s.organisation[m.organisation]}</th>
          <td>${t.subject(m)}</td>
          <td>${f?.year ?? m.year}</td>
          <td>${t.value(f)}${f === m.finding && m.derived ? html`; ${m.derived}` : ''}</td>
          <td>${f ? s.precision[f.precision] : s.notAsked}</td>
          <td>${f ? html`<span lang="nl">${f.words}</span>` : '—'}</td>
        </tr>`,
      )}</tbody>
    </table>`;
}
