/**
 * What every chart's stories share. The controls come from custom-elements.json (generated from the JSDoc on
 * each element class), so a new attribute documented on a class appears here without touching the stories.
 */
import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';
import manifest from '../custom-elements.json';

export { manifest };

export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  fieldName?: string;
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: {
    kind: string;
    name: string;
    privacy?: string;
    attribute?: string;
    static?: boolean;
    description?: string;
  }[];
  events?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}

/** The manifest's declaration of an element, by tag. */
export function declarationOf(tag: string): ManifestDeclaration {
  for (const mod of manifest.modules as { declarations?: ManifestDeclaration[] }[])
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  throw new Error(`<${tag}> is not in custom-elements.json: run npm run analyze.`);
}

/** Every element in the manifest, by tag. */
export const manifestTags = (): string[] =>
  (manifest.modules as { declarations?: ManifestDeclaration[] }[]).flatMap((m) =>
    (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
  );

const unquote = (s: string) => s.replace(/^(['"`])(.*)\1$/, '$2');

/** The values an attribute takes: a union of string literals in its type, or the `code` values in its description. */
export function valuesOf(a: ManifestAttribute): string[] | null {
  const type = a.type?.text ?? '';
  const literals = type
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined');
  if (literals.length > 1 && literals.every((t) => /^'[^']*'$/.test(t))) return literals.map(unquote);
  // A list in the description: "`a`, `b` or `c`" (not when it goes on with "…": then any value is allowed).
  const text = a.description ?? '';
  if (/…|\.\.\./.test(text)) return null;
  const lists = [...text.matchAll(/`[^`\s]+`(?:(?:,| or| and|, or)\s+`[^`\s]+`)+/g)].map((m) =>
    [...m[0].matchAll(/`([^`]+)`/g)].map((x) => x[1]),
  );
  const longest = lists.sort((x, y) => y.length - x.length)[0];
  return longest && longest.length > 1 ? longest : null;
}

/** Attributes the stories leave empty so the toolbar (language, theme) or the bundled survey applies. */
const INHERITED = new Set(['lang', 'theme', 'src', 'download']);
/** Attributes whose value is free text even though the description names some values. */
const FREE = new Set(['download', 'source-url']);
/** The elements' events, as the story args whose actions log their `detail` (Storybook's Actions panel). */
const EVENTS = { onChartSelect: 'chart-select', onChartReady: 'chart-ready', onChartError: 'chart-error' } as const;

/** Controls for every attribute of an element: a select where the values are known, else a text field. */
export function argTypesFor(tag: string): ArgTypes {
  const d = declarationOf(tag);
  const out: ArgTypes = {};
  for (const a of d.attributes ?? []) {
    const values = FREE.has(a.name) ? null : valuesOf(a);
    const empty = INHERITED.has(a.name) || a.default === "''" || a.default === undefined;
    const label = a.name === 'lang' || a.name === 'theme' ? '(toolbar)' : a.name === 'year' ? '(both)' : '(empty)';
    out[a.name] = values
      ? {
          control: { type: 'select', labels: { '': label } },
          options: empty && !values.includes('') ? ['', ...values] : values,
        }
      : { control: 'text' };
  }
  // CSS custom properties as controls too: the story sets them in the element's style attribute.
  for (const p of d.cssProperties ?? [])
    out[p.name] = {
      control: /color|background/.test(p.name) ? 'color' : 'text',
      table: { category: 'css custom properties' },
    };
  out.data = { control: 'object' };
  for (const arg of Object.keys(EVENTS)) out[arg] = { table: { disable: true } };
  return out;
}

/** Story args: each attribute at its default (the toolbar's language and theme, the bundled survey). */
export function defaultArgs(tag: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of declarationOf(tag).attributes ?? [])
    args[a.name] = INHERITED.has(a.name) ? '' : unquote(a.default ?? "''");
  for (const arg of Object.keys(EVENTS)) args[arg] = fn();
  return args;
}

/** The attributes a story sets, in the manifest's order, without empty ones and without defaults. */
export function attributesFrom(tag: string, args: Record<string, unknown>): [string, string][] {
  return (declarationOf(tag).attributes ?? [])
    .flatMap((a) => {
      const v = args[a.name];
      if (v === undefined || v === null || v === '') return [];
      return [[a.name, String(v)] as [string, string]];
    })
    .concat(styleOf(tag, args) ? [['style', styleOf(tag, args)]] : []);
}

/** The `style` attribute of a story: its `style` arg and any CSS custom property set in the controls. */
function styleOf(tag: string, args: Record<string, unknown>): string {
  const custom = (declarationOf(tag).cssProperties ?? []).flatMap((p) =>
    args[p.name] ? [`${p.name}: ${String(args[p.name])}`] : [],
  );
  return [typeof args.style === 'string' ? args.style.trim().replace(/;$/, '') : '', ...custom]
    .filter(Boolean)
    .join('; ');
}

/** Renders an element from args; the toolbar's theme applies when the story sets none. */
export function renderChart(tag: string) {
  return (args: Record<string, unknown>, context: StoryContext) => {
    const el = document.createElement(tag) as HTMLElement & { data?: unknown };
    for (const [name, value] of attributesFrom(tag, args)) el.setAttribute(name, value);
    const theme = context.globals.theme as string | undefined;
    if (!args.theme && theme && theme !== 'auto') el.setAttribute('theme', theme);
    if (args.data !== undefined && args.data !== null) el.data = args.data;
    if (typeof args.inline === 'string') {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = args.inline;
      el.append(script);
    }
    for (const [arg, event] of Object.entries(EVENTS)) {
      const handler = args[arg];
      if (typeof handler === 'function') el.addEventListener(event, (e) => handler((e as CustomEvent).detail));
    }
    return el;
  };
}

/** The embed snippet for a CMS article: the script (served by this Storybook, or your copy) and the element. */
export function snippet(tag: string, args: Record<string, unknown> = {}): string {
  const script = typeof location === 'object' ? new URL('dist/embed.js', location.href).href : 'dist/embed.js';
  const attrs = attributesFrom(tag, args)
    .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
    .join('');
  return `<script src="${script}"></script>\n\n<${tag}${attrs}></${tag}>`;
}

export type ChartStory = StoryObj<Record<string, unknown>>;
export type ChartMeta = Meta<Record<string, unknown>>;

/**
 * What the meta of an element's story file shares: `{ title: 'Charts/<tag>/<group>', ...chartMeta(tag) }`,
 * groups Playground, Options, States, Accessibility (the title stays a literal: Storybook's indexer reads it).
 * A story may set `parameters.width` (px) to box the chart: 320 narrow, 1000 wide.
 */
export function chartMeta(
  tag: string,
  options: Record<string, readonly (string | number)[]> = {},
): Omit<ChartMeta, 'title'> {
  const argTypes = argTypesFor(tag);
  // Values the description cannot list in full (e.g. every topic): the story file passes them from src/data/keys.
  for (const [name, values] of Object.entries(options))
    argTypes[name] = { control: { type: 'select', labels: { '': '(empty)' } }, options: ['', ...values.map(String)] };
  return {
    component: tag,
    render: renderChart(tag),
    argTypes,
    args: defaultArgs(tag),
    parameters: {
      docs: { source: { transform: (_code: string, ctx: StoryContext) => snippet(tag, ctx.args) } },
    },
  };
}

/** URLs for the `src` stories: files of stories/data, served at stories-data/ (see .storybook/main.ts). */
export const dataUrl = (file: string) => `stories-data/${file}`;

/** The chart of a story, once it has drawn its marks. */
export async function drawnChart(canvas: HTMLElement): Promise<HTMLElement> {
  const started = performance.now();
  for (;;) {
    const el = canvas.querySelector(manifestTags().join(',')) as HTMLElement | null;
    if (el?.shadowRoot?.querySelector('svg .hit')) return el;
    if (performance.now() - started > 5000) throw new Error('The chart did not draw its marks.');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Play: opens the chart's data table, as a reader does with its button. */
export async function openTable({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = await drawnChart(canvasElement);
  (el.shadowRoot!.querySelector('[part="table-toggle"]') as HTMLButtonElement | null)?.click();
}

/** Play: moves keyboard focus to the chart's first mark, which opens its tooltip. */
export async function focusFirstMark({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = await drawnChart(canvasElement);
  (el.shadowRoot!.querySelector('.hit[tabindex="0"]') as SVGElement).focus();
}
