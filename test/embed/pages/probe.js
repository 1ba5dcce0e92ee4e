// Loaded first by every test page (also under a strict CSP: it is a file, not inline): records what the reader's
// console would show, CSP violations and layout shifts, for the test in the parent page to read.
window.__log = { errors: [], warnings: [], violations: [], cls: 0 };
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
  for (const e of list.getEntries()) if (!e.hadRecentInput) __log.cls += e.value;
}).observe({ type: 'layout-shift', buffered: true });
