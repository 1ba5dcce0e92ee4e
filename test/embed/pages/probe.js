// Loaded first by every test page (also under a strict CSP: it is a file, not inline): records what the reader's
// console would show, CSP violations and layout shifts, for the test in the parent page to read.
// shifts: every layout shift from navigation start (time and score); defined: when the charts were defined.
window.__log = { errors: [], warnings: [], violations: [], cls: 0, shifts: [], defined: 0 };
addEventListener('error', (e) => __log.errors.push(String(e.message || e.target?.src || e)), true);
addEventListener('unhandledrejection', (e) => __log.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  __log.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);
for (const k of ['warn', 'error']) {
  const f = console[k];
  console[k] = (...a) => {
    __log[k === 'warn' ? 'warnings' : 'errors'].push(a.map(String).join(' '));
    f.apply(console, a);
  };
}
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (!e.hadRecentInput) {
      __log.cls += e.value;
      __log.shifts.push({
        time: e.startTime,
        value: e.value,
        // What moved, for a failing test's message: the element and its box before and after.
        sources: (e.sources || []).map(
          (x) =>
            `${x.node?.nodeName || x.node?.localName || '?'} ${x.previousRect.y}+${x.previousRect.height} -> ${x.currentRect.y}+${x.currentRect.height}`,
        ),
      });
    }
}).observe({ type: 'layout-shift', buffered: true });
customElements.whenDefined('adoption-chart').then(() => (__log.defined = performance.now()));

// Layout shift in every engine. Firefox and WebKit have no layout-shift entries, so the probe also measures shifts
// itself, as the Layout Instability API defines them, on the page's own blocks (the children of <body>: the
// article's paragraphs and headings, the charts): before every frame is painted, each block whose top-left corner
// moved in the document since the last frame is unstable; the frame's score is the share of the viewport those
// blocks covered before or after (impact) times the longest move over the viewport's larger side (distance).
// Scrolling moves nothing in document coordinates. Sampled from navigation start: the loop starts here, in <head>.
window.__log.frameShifts = [];
(() => {
  const seen = new WeakMap();
  const CELL = 8;
  function frame(time) {
    const width = innerWidth;
    const height = innerHeight;
    const moved = [];
    const sources = [];
    let distance = 0;
    for (const el of document.body?.children ?? []) {
      if (el.localName == 'script' || el.localName == 'style') continue;
      const r = el.getBoundingClientRect();
      const box = {
        x: r.left + scrollX,
        y: r.top + scrollY,
        w: r.width,
        h: r.height,
        display: getComputedStyle(el).display,
      };
      const was = seen.get(el);
      seen.set(el, box);
      if (!was || (Math.abs(was.x - box.x) < 1 && Math.abs(was.y - box.y) < 1)) continue;
      // A block whose display changed is a new box, not a moved one (as the API counts it): an element that was
      // inline until its definition made it a block.
      if (was.display != box.display) continue;
      const visible = (b) =>
        b.y - scrollY < height && b.y - scrollY + b.h > 0 && b.x - scrollX < width && b.x - scrollX + b.w > 0;
      if (!visible(was) && !visible(box)) continue;
      moved.push(was, box);
      sources.push(
        `${el.localName} ${Math.round(was.y)}+${Math.round(was.h)} -> ${Math.round(box.y)}+${Math.round(box.h)}`,
      );
      distance = Math.max(distance, Math.hypot(was.x - box.x, was.y - box.y));
    }
    if (moved.length) {
      // The union of the moved blocks' boxes in the viewport, on a grid of 8 px cells.
      const cols = Math.ceil(width / CELL);
      const covered = new Set();
      for (const b of moved) {
        const top = Math.max(0, b.y - scrollY);
        const bottom = Math.min(height, b.y - scrollY + b.h);
        const left = Math.max(0, b.x - scrollX);
        const right = Math.min(width, b.x - scrollX + b.w);
        for (let y = Math.floor(top / CELL); y * CELL < bottom; y++)
          for (let x = Math.floor(left / CELL); x * CELL < right; x++) covered.add(y * cols + x);
      }
      const impact = Math.min(1, (covered.size * CELL * CELL) / (width * height));
      const value = impact * Math.min(1, distance / Math.max(width, height));
      if (value > 0) window.__log.frameShifts.push({ time, value, sources });
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
