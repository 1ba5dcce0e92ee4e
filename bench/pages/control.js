// The floor: a few-line custom element that draws the same marks at once, with no library.
import { rows, YEAR_COLORS } from '../build/data.js';

customElements.define('control-chart', class extends HTMLElement {
  connectedCallback() {
    const x = (v) => 120 + v * 480;
    const marks = rows.map((r, i) => {
      const y = 30 + i * 40;
      return `<text x="110" y="${y}" dy=".35em" text-anchor="end">${r.label}</text>
        <line x1="${x(r[2016])}" x2="${x(r[2017])}" y1="${y}" y2="${y}" stroke="#8c959f" stroke-width="2"/>
        ${[2016, 2017].map((yr) => `<circle cx="${x(r[yr])}" cy="${y}" r="6" fill="${YEAR_COLORS[yr]}"/>`).join('')}`;
    });
    this.attachShadow({ mode: 'open' }).innerHTML =
      `<svg viewBox="0 0 640 190" width="640" height="190" role="img" aria-label="Instagram bij lokale besturen" style="font:13px sans-serif">${marks.join('')}</svg>`;
    window.__mark();
  }
});
