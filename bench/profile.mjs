#!/usr/bin/env node
/**
 * Where a page of the benchmark spends its main thread, to find the cause of a missed target:
 *
 *   node bench/profile.mjs [page] [--runs 3] [--embed file.js] [--port 8390] [--depth 0]
 *
 * page: control, ours (default), chartjs, plot, vega or ours-60. --embed serves another build of the embed script
 * instead of dist/embed.js (to measure a candidate fix before it lands in src/). Prints, per run averaged:
 * the main-thread time by kind (script, style, layout, paint, parse) from a trace, the long tasks, and the
 * JavaScript functions with the most self and total time from a CPU profile (a separate load, 100 µs sampling;
 * the profiler slows JavaScript down, so read these as shares, not as timings), and for ours the share of each
 * phase of the first chart in the JavaScript of embed.js (by the method names the minifier keeps: evaluation,
 * willUpdate with describe and computeLayout, Lit's render and commit). --depth N also prints the trace's tree of
 * main-thread events of ≥ 1 ms down to N levels for the last run.
 */
import { copyFileSync, existsSync } from 'node:fs';

const here = new URL('./', import.meta.url);
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const runs = Number(flag('--runs', 3));
const port = Number(flag('--port', 8390));
const embed = flag('--embed', new URL('../dist/embed.js', here).pathname);
const depth = Number(flag('--depth', 0));
const id = args[0] ?? 'ours';

if (!existsSync(new URL('node_modules/puppeteer-core/package.json', here))) {
  console.error('Run npm run bench once first (it installs bench/node_modules).');
  process.exit(1);
}
const { buildPages } = await import('./build.mjs');
const { serve } = await import('./serve.mjs');
const { CHROME_ARGS, CHROME_PATH } = await import('../scripts/chromium.mjs');
const { default: puppeteer } = await import('puppeteer-core');
await buildPages({ quiet: true });
copyFileSync(embed, new URL('build/embed.js', here));

const KINDS = {
  script: ['EvaluateScript', 'v8.run', 'v8.callFunction', 'v8.compile', 'V8.CompileCode', 'V8.ParseFunction', 'FunctionCall', 'RunMicrotasks', 'FireAnimationFrame'],
  style: ['UpdateLayoutTree', 'Document::updateStyle'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Commit', 'Layerize'],
  parse: ['ParseHTML'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER'],
};

const server = await serve(port);
const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  // The project's flags, the omnibox one included: without it a hidden page's CPU lands in the profile.
  args: CHROME_ARGS,
  defaultViewport: { width: 1000, height: 800 },
});
const kinds = {};
const self = {};
const total = {};
const phases = {};
const painted = [];
let longtasks = [];
try {
  for (let r = 0; r < runs; r++) {
    // 1. A trace: main-thread time by kind (self time: an event's thread time minus its children's).
    await withPage(async (page) => {
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink'] });
      await page.goto(`http://127.0.0.1:${port}/${id}.html`);
      const t = await page.evaluate(() => window.__done);
      painted.push(t.painted);
      await new Promise((res) => setTimeout(res, 300));
      longtasks = await page.evaluate(() => __t.longtasks);
      const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
      byKind(events, t);
      if (depth && r === runs - 1) tree(events, depth);
    });
    // 2. A CPU profile of another load.
    await withPage(async (page) => {
      const cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`http://127.0.0.1:${port}/${id}.html`);
      await page.evaluate(() => window.__done);
      const { profile } = await cdp.send('Profiler.stop');
      cpu(profile);
    });
  }
} finally {
  await browser.close();
  server.close();
}

const avg = (o) => Object.entries(o).map(([k, v]) => [k, v / runs]).sort((a, b) => b[1] - a[1]);
console.log(`\n${id}: first chart painted at ${painted.map((p) => p.toFixed(0)).join(', ')} ms (traced, so slower than in the benchmark)`);
console.log('main thread until painted, by kind (thread time, ms per run):');
for (const [k, v] of avg(kinds)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
console.log(`long tasks of the last run (start, duration ms): ${JSON.stringify(longtasks.map(([s, d]) => [Math.round(s), Math.round(d)]))}`);
console.log('JavaScript, self time (ms per run, profiled):');
for (const [k, v] of avg(self).slice(0, 20)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
console.log('JavaScript, total time (ms per run, profiled):');
for (const [k, v] of avg(total).slice(0, 30)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
const js = Object.values(phases).reduce((a, b) => a + b, 0);
if (js) {
  console.log('JavaScript of embed.js by phase (share of its profiled time):');
  for (const [k, v] of avg(phases)) console.log(`  ${((100 * v * runs) / js).toFixed(1).padStart(6)}%  ${k}`);
}

async function withPage(fn) {
  const context = await browser.createBrowserContext();
  try {
    await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

function mainThreads(events) {
  return new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
}

/** Self thread time of the known kinds of events, on the renderer main threads, up to the painted frame. */
function byKind(events, t) {
  const mains = mainThreads(events);
  const kindOf = new Map(Object.entries(KINDS).flatMap(([k, names]) => names.map((n) => [n, k])));
  const nav = events.find((e) => e.name === 'navigationStart' && mains.has(`${e.pid}:${e.tid}`));
  const end = nav ? nav.ts + t.painted * 1000 : Infinity;
  const list = events
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && mains.has(`${e.pid}:${e.tid}`) && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Attribute each event's self time (its thread time minus its children's) to the nearest classified ancestor.
  const stack = [];
  const selfOf = new Map();
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.tdur) - e.tdur);
    e.kind = kindOf.get(e.name) ?? parent?.kind ?? (e.name === 'RunTask' ? null : 'other');
    stack.push(e);
  }
  for (const e of list) {
    if (!e.kind) continue;
    kinds[e.kind] = (kinds[e.kind] ?? 0) + Math.max(0, selfOf.get(e) ?? e.tdur) / 1000;
  }
}

function tree(events, maxDepth) {
  const mains = mainThreads(events);
  const list = events.filter((e) => e.ph === 'X' && e.dur >= 1000 && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const t0 = list[0]?.ts ?? 0;
  const stack = [];
  console.log('\ntrace tree (ms from the first event; wall duration):');
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length < maxDepth) {
      const d = e.args?.data ?? {};
      const what = d.url ? ` ${d.url.split('/').pop()}` : d.functionName ? ` ${d.functionName}` : d.type ? ` ${d.type}` : '';
      console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(8)} ${'  '.repeat(stack.length)}${e.name}${what} ${(e.dur / 1000).toFixed(1)}`);
    }
    stack.push(e);
  }
}

function cpu(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  profile.samples.forEach((sid, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self[name(byId.get(sid))] = (self[name(byId.get(sid))] ?? 0) + ms;
    const phase = phaseOf(sid, byId, parent);
    if (phase) phases[phase] = (phases[phase] ?? 0) + ms;
    const seen = new Set();
    for (let p = sid; p; p = parent.get(p)) {
      const k = name(byId.get(p));
      if (!seen.has(k)) total[k] = (total[k] ?? 0) + ms;
      seen.add(k);
    }
  });
}

/** The phase of the first chart a sample of embed.js belongs to, by the innermost known method on its stack. */
function phaseOf(sid, byId, parent) {
  const stack = [];
  for (let p = sid; p; p = parent.get(p)) stack.push(byId.get(p).callFrame);
  if (!stack.some((f) => f.url.endsWith('/embed.js'))) return null;
  const has = (name) => stack.some((f) => f.functionName === name && f.url.endsWith('/embed.js'));
  if (has('describe')) return 'willUpdate: describe (title, summary)';
  if (has('computeLayout')) return 'willUpdate: computeLayout (geometry, text measured)';
  if (has('willUpdate')) return 'willUpdate: the rest (data, attributes, page and font read)';
  if (has('performUpdate')) return "Lit's render and commit";
  if (has('scheduleUpdate')) return 'update scheduling (turn)';
  if (stack.some((f) => f.url.endsWith('/embed.js') && f.lineNumber === 0 && f.columnNumber === 0)) return 'evaluation (top level)';
  return 'other';
}
