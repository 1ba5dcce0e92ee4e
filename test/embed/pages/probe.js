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
