import { css } from 'lit';

/**
 * The frame every chart shares: the public `--chart-*` custom properties feeding the private `--_*` ones (light and
 * dark defaults; `theme="light"|"dark"` pins one, `auto` follows the reader's colour scheme), the isolation from
 * the page's text styles, title, summary, plot box and its text, tooltip, footer and buttons, data table, messages.
 */
export const frameStyles = css`
  :host {
    display: block;
    min-width: 0;
    color-scheme: light dark;
    --_font: var(--chart-font-family, inherit);
    /* 13px, larger when the reader's default font size is larger (a rem follows it), never smaller. */
    --_size: var(--chart-font-size, max(13px, 0.8125rem));
    /* The light colours, plain: what browsers without light-dark() (Safari before 17.5, Firefox before 120,
       Chrome before 123) draw with. */
    --_text: var(--chart-color-text, #1f2328);
    --_muted: var(--chart-color-muted, #57606a);
    --_grid: var(--chart-color-grid, #d0d7de);
    --_c2016: var(--chart-color-2016, #6e7781);
    --_c2017: var(--chart-color-2017, #0969da);
    --_accent: var(--chart-color-focus, #bf3989);
    --_bg: var(--chart-background, transparent);
    --_surface: var(--chart-tooltip-background, #ffffff);
    font-family: var(--_font);
    font-size: var(--_size);
    color: var(--_text);
    background: var(--_bg);
  }
  /* Light and dark, where light-dark() is understood. Behind @supports because a custom property takes any value:
     declared after the plain ones in the same rule, it would win in every browser, and an old one would then
     find no colour at all where it is used. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--chart-color-text, light-dark(#1f2328, #e6edf3));
      --_muted: var(--chart-color-muted, light-dark(#57606a, #9da7b3));
      --_grid: var(--chart-color-grid, light-dark(#d0d7de, #3d444d));
      --_c2016: var(--chart-color-2016, light-dark(#6e7781, #9198a1));
      --_c2017: var(--chart-color-2017, light-dark(#0969da, #4493f8));
      --_accent: var(--chart-color-focus, light-dark(#bf3989, #f778ba));
      --_surface: var(--chart-tooltip-background, light-dark(#ffffff, #161b22));
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Isolation: the page's inherited text styles stop here (only its font family comes through). */
  figure,
  .message,
  .loading {
    all: initial;
    display: block;
    color-scheme: inherit;
    font-family: inherit;
    font-size: var(--_size);
    color: var(--_text);
    line-height: 1.4;
  }
  /* Room for the plot before it is drawn (off screen, or loading), so the article does not jump. */
  .plot:empty,
  .loading {
    min-height: var(--chart-plot-height, 280px);
  }
  figure {
    margin: 0;
  }
  .sizer {
    height: 0;
    width: 100%;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
    margin: 0 0 0.2em;
  }
  .summary {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .plot {
    position: relative;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: inherit;
  }
  svg text {
    fill: var(--_text);
    font-family: var(--_font);
    font-size: var(--_size);
  }
  svg .tick,
  svg .muted,
  svg .note-text {
    fill: var(--_muted);
  }
  /* No text under 12px (Chartability: small text), whatever the base size. */
  svg .tick {
    font-size: max(12px, 0.85em);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(280px, 90%);
    padding: 0.5em 0.7em;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    line-height: 1.35;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip q {
    display: block;
    font-style: italic;
    margin-top: 0.3em;
  }
  .tooltip .precision,
  .tooltip .translation {
    color: var(--_muted);
    font-size: max(12px, 0.92em);
  }
  .note,
  .credits {
    margin: 0.4em 0 0;
    color: var(--_muted);
    font-size: max(12px, 0.9em);
  }
  /* The source's link: in the line's colour, underlined. */
  .credits a {
    color: inherit;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    align-items: baseline;
    justify-content: space-between;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    flex-basis: 100%;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    cursor: pointer;
    min-height: 24px;
    min-width: 24px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 0.15em 0.6em;
    margin-top: 0.4em;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Reflow: a narrow table scrolls inside the chart (a data table may scroll in two directions, WCAG 1.4.10);
     open, its box is a named region in the tab order, so keyboards can scroll it. */
  [id$='-table']:not(.visually-hidden) {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 0.5em;
    font-size: max(12px, 0.9em);
  }
  th,
  td {
    text-align: left;
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  /* The bundled survey laid out while the parser has not reached the chart's children: room held, nothing shown. */
  /* (The figure's own "all: initial" would make it visible again.) */
  .provisional,
  .provisional figure {
    visibility: hidden;
  }
  /* Waiting for editor data or the language's words: the loading box over the room held. */
  .held {
    position: relative;
  }
  .held > .loading {
    position: absolute;
    inset: 0;
    min-height: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .message {
    border: 1px solid var(--_grid);
    border-left: 4px solid var(--_accent);
    padding: 0.6em 0.8em;
    /* A long URL or value breaks anywhere rather than widen the page. */
    overflow-wrap: anywhere;
  }
  .message strong {
    display: block;
    margin-bottom: 0.2em;
  }
  .loading {
    color: var(--_muted);
  }
`;
