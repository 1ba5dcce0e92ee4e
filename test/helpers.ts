import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import './preload.js';

/** Renders a template inside a box of the given width and waits until the chart has drawn its SVG. */
export async function renderChart<T extends HTMLElement>(template: TemplateResult, width = 800): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.firstElementChild as T;
  await waitUntil(() => el.shadowRoot?.querySelector('svg .hit'), 'chart did not render', { timeout: 4000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
/**
 * The chart's figure as the reader sees it: not the one laid out hidden (`.provisional`) while the chart waits for its
 * children, its editor data or its language's words.
 */
export const SHOWN = 'figure:not(.provisional figure)';
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];

/** The visible texts of the SVG, in document order. */
export const svgTexts = (el: Element, sel = 'svg text') =>
  $$(el, sel)
    .map((t) => t.textContent!.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** True when two boxes overlap by more than a pixel. */
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** Pairs of text labels in the SVG whose boxes overlap. */
export function overlappingLabels(el: Element): string[] {
  const texts = $$(el, 'svg text').filter((t) => t.textContent!.trim() && !t.closest('.axis'));
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (overlap(texts[i].getBoundingClientRect(), texts[j].getBoundingClientRect()))
        out.push(`"${texts[i].textContent}" / "${texts[j].textContent}"`);
  return out;
}

/** Labels that stick out of the chart's box. */
export function clippedLabels(el: Element): string[] {
  const box = el.getBoundingClientRect();
  return $$(el, 'svg text')
    .filter((t) => {
      const r = t.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    })
    .map((t) => t.textContent!);
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/**
 * Waits until a change's transition (450 ms) is over: its last step runs in the first frame after that time, which
 * a loaded machine may give late, and the chart then updates once more.
 */
export async function transitioned(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 500));
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

export { html };

/** An entry of dist/static/index.json, which `npm run images` writes: one static image of a chart. */
export interface StaticImage {
  file: string;
  svg: string;
  tag: string;
  options: Record<string, string>;
  lang: string;
  layout: 'narrow' | 'wide';
  width: number;
  height: number;
  alt: string;
  title: string;
}
