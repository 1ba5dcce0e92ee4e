/**
 * Helpers of the accessibility tests: every element of src/elements.ts rendered in a language, theme and width on
 * a page background; colour maths (WCAG contrast, CIELAB ΔE, colour-vision-deficiency simulation).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';
import { elements } from '../../src/elements.js';
import { fixture, waitUntil } from '@open-wc/testing';
import '../preload.js';

export const TAGS = Object.keys(elements) as (keyof typeof elements)[];

/** Attributes an element needs to draw anything (its defaults draw for the others). */
export const NEEDS: Record<string, Record<string, string>> = {
  'survey-figure': { organisation: 'ocmw', platform: 'social-media' },
};

/**
 * The page backgrounds a chart is checked against. The chart's background is transparent by default, so its colours
 * must hold on the page around it: `light` on white and on a light grey page, `dark` on the usual dark page colours
 * (Material's #121212, GitHub's #0d1117).
 */
export const PAGES = {
  light: ['#ffffff', '#f6f8fa'],
  dark: ['#121212', '#0d1117'],
} as const;
export type Theme = keyof typeof PAGES;

export interface RenderOptions {
  lang?: 'nl' | 'en';
  theme?: Theme;
  width?: number;
  background?: string;
  attrs?: Record<string, string>;
}

/** Renders `<tag>` with a language and theme in a box of a width on a page background; waits until it is drawn. */
export async function renderTag(
  tag: string,
  { lang = 'nl', theme = 'light', width = 1000, background, attrs = {} }: RenderOptions = {},
) {
  const t = unsafeStatic(tag);
  const bg = background ?? PAGES[theme][0];
  const box = await fixture<HTMLDivElement>(
    staticHtml`<div style="width:${width}px;background:${bg};color:${theme == 'dark' ? '#fff' : '#000'}"
      ><${t} lang=${lang} theme=${theme} ${unsafeStatic(
        Object.entries({ ...NEEDS[tag], ...attrs })
          .map(([k, v]) => `${k}="${v}"`)
          .join(' '),
      )}></${t}></div>`,
  );
  const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  // Charts draw when near the viewport: bring this one there (a test may render several).
  box.scrollIntoView();
  await waitUntil(
    () => el.shadowRoot?.querySelector('svg .hit'),
    `<${tag}> drew no mark (${lang}, ${theme}, ${width} px)`,
    { timeout: 4000 },
  );
  await el.updateComplete;
  return el;
}

/** Emulates media features Puppeteer's emulateMedia leaves out (forced-colors, prefers-contrast); [] resets. */
export const mediaFeatures = (features: { name: string; value: string }[]) =>
  executeServerCommand('media-features', features);
/** A real touchscreen tap at viewport coordinates. */
export const tap = (x: number, y: number) => executeServerCommand('tap', [Math.round(x), Math.round(y)]);
export const tapOn = (e: Element) => {
  const r = e.getBoundingClientRect();
  return tap(r.x + r.width / 2, r.y + r.height / 2);
};

// ---- colour ----

export type RGB = [number, number, number];

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "#abc", "#aabbcc" (or a computed "color(srgb r g b)") as 0..255 channels. */
export function parseColor(c: string): RGB {
  const s = c.trim();
  if (s.startsWith('#')) {
    const h = s.length === 4 ? [...s.slice(1)].map((x) => x + x).join('') : s.slice(1);
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB;
  }
  const srgb = s.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/);
  if (srgb) return srgb.slice(1, 4).map((v) => Math.round(Number(v) * 255)) as RGB;
  const m = s.match(/rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/);
  if (!m) throw new Error(`unparsed colour ${c}`);
  return m.slice(1, 4).map(Number) as RGB;
}

/** The alpha of a computed colour (1 when opaque). */
export const alphaOf = (c: string) => {
  const m = c.match(/rgba\([^)]*,\s*([\d.]+)\)/) ?? c.match(/\/\s*([\d.]+)\)/);
  return m ? Number(m[1]) : c === 'transparent' ? 0 : 1;
};

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2 relative luminance. */
export const luminance = ([r, g, b]: RGB) => 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);

/** WCAG 2 contrast ratio, 1..21. */
export function contrast(a: RGB | string, b: RGB | string): number {
  const [la, lb] = [a, b].map((c) => luminance(typeof c === 'string' ? parseColor(c) : c)).sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/**
 * Colour-vision deficiency simulation: Machado, Oliveira & Fernandes (2009), severity 1.0 (complete dichromacy),
 * applied to linear sRGB.
 */
export const CVD = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;
export type Deficiency = keyof typeof CVD;

export function simulate(c: RGB, deficiency: Deficiency | 'none'): RGB {
  if (deficiency === 'none') return c;
  const lin = c.map(toLinear);
  return CVD[deficiency].map((row) =>
    Math.round(fromLinear(Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])))),
  ) as RGB;
}

/** CIELAB (D65) of an sRGB colour. */
export function lab(c: RGB): [number, number, number] {
  const [r, g, b] = c.map(toLinear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: about 2.3 is just noticeable, above 20 two colours read as clearly different. */
export const deltaE = (a: RGB, b: RGB) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

/** A system colour (Highlight, CanvasText…) as the browser resolves it now. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

export const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');
