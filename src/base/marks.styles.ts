import { css } from 'lit';

/** The marks the charts share: grid, dots by year and precision, bounds, links, hit targets and the focus ring. */
export const markStyles = css`
  svg .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  svg .name {
    font-weight: 600;
  }
  .dot {
    stroke-width: 2;
  }
  .dot.y2016 {
    stroke: var(--_c2016);
    fill: var(--_c2016);
  }
  .dot.y2017 {
    stroke: var(--_c2017);
    fill: var(--_c2017);
  }
  .dot.about,
  .dot.more-than,
  .dot.less-than {
    fill: var(--_surface);
  }
  .dot.negligible {
    fill: none;
    stroke-dasharray: 2 2;
  }
  /* The year never rests on colour alone: 2016 is the smaller dot, in the plot and in the legend. */
  .dot.y2016:not(.negligible) {
    r: 4px;
  }
  .bound {
    fill: none;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .bound.y2016 {
    stroke: var(--_c2016);
  }
  .bound.y2017 {
    stroke: var(--_c2017);
  }
  .link {
    stroke: var(--_muted);
    stroke-width: 2;
    fill: none;
  }
  .link.dashed {
    stroke-dasharray: 4 3;
  }
  .hit {
    fill: transparent;
    stroke: none;
    cursor: pointer;
    outline: none;
  }
  .hit:focus-visible {
    outline: none;
  }
  .ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    pointer-events: none;
  }
`;
