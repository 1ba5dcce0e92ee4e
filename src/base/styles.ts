import { css } from 'lit';
import { frameStyles } from './frame.styles.js';
import { markStyles } from './marks.styles.js';

/**
 * Shared styles of every chart: the frame (frame.styles.ts), the marks (marks.styles.ts), then what the reader's
 * settings change in both (printing, forced colours, more contrast, motion). Those come last so that they win
 * over the rules they change.
 */
export const chartStyles = css`
  ${frameStyles}${markStyles}
  /* Printing: black, grey and white; marks keep their shapes; no tooltip or buttons. */
  @media print {
    :host {
      color-scheme: light !important;
      --_text: #000;
      --_muted: #444;
      --_grid: #bbb;
      --_c2016: #888;
      --_c2017: #000;
      --_surface: #fff;
      --_bg: #fff;
      break-inside: avoid;
    }
    .tooltip,
    button,
    .ring {
      display: none !important;
    }
  }
  /* Windows high contrast and other forced colours: system colours only. */
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: GrayText;
      --_grid: GrayText;
      --_c2016: GrayText;
      --_c2017: CanvasText;
      --_accent: Highlight;
      --_surface: Canvas;
      --_bg: Canvas;
    }
    svg {
      forced-color-adjust: none;
    }
  }
  /* More contrast asked for: secondary text as dark as the text, grid as strong as a mark, firmer lines. */
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--_text);
      --_grid: var(--_c2016);
    }
    .dot,
    .bound,
    .link {
      stroke-width: 3;
    }
    .ring {
      stroke-width: 4;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition: opacity 120ms;
    }
  }
`;
