#!/usr/bin/env node
/**
 * `npm run bench`: this library's <adoption-chart> against Chart.js, Observable Plot and Vega-Lite (vega-embed)
 * and a no-library control, in Debian's headless Chromium, contenders interleaved run by run, each run in a
 * fresh browser context. Prints the tables and writes bench/results/latest.{json,md}; with --write it also
 * rewrites BENCHMARKS.md.
 *
 *   npm run bench [-- --runs 15] [--port 8300] [--write] [--build] [--shots] [--embed file.js]
 *
 * --build rebuilds the library first (otherwise only when dist/ is missing); --shots saves a screenshot of
 * each contender to bench/results/ to check that every page draws the same chart; --embed benchmarks another
 * build of the embed script instead of dist/embed.js (a candidate fix, e.g. from vite build --mode embed
 * --outDir /tmp/x). bench/profile.mjs shows where a page spends its main thread.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const root = new URL('../', import.meta.url);
const here = new URL('./', import.meta.url);
const opt = parseArgs(process.argv.slice(2));
/** The size guard's budget for dist/embed.js, in bytes gzipped (scripts/size.mjs measures the same). */
const EMBED_BUDGET = JSON.parse(readFileSync(new URL('size-budgets.json', root), 'utf8'))['embed.js'];

const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

// 1. The peers and tools live in bench/node_modules, installed from bench/package-lock.json on first use.
if (
  !existsSync(new URL('node_modules/puppeteer-core/package.json', here)) ||
  !existsSync(new URL('node_modules/vega-embed/package.json', here))
) {
  log('installing the peers into bench/node_modules (npm ci --prefix bench)…');
  run('npm', ['ci', '--prefix', new URL('.', here).pathname, '--no-audit', '--no-fund']);
}
// 2. The library's own build.
if (opt.build || !existsSync(new URL('dist/embed.js', root)) || !existsSync(new URL('dist/adoption-chart.js', root))) {
  log('building the library (npm run build)…');
  run('npm', ['run', 'build', '--silent'], { cwd: root.pathname });
}

const { buildPages } = await import('./build.mjs');
const { serve } = await import('./serve.mjs');
const { default: puppeteer } = await import('puppeteer-core');
const { build: esbuild } = await import('esbuild');
const { gzipSync, brotliCompressSync } = await import('node:zlib');
const { staticClosure } = await import('../scripts/static-closure.mjs');

const { CHROME_PATH: CHROME, CHROME_ARGS: ARGS } = await import('../scripts/chromium.mjs');
const CONTENDERS = [
  { id: 'control', name: 'control (no library)', script: 'bench/build/control.js' },
  { id: 'ours', name: 'ours <adoption-chart>', script: 'bench/build/embed.js' },
  { id: 'chartjs', name: 'Chart.js', pkg: 'chart.js', script: 'bench/build/chartjs.js' },
  { id: 'plot', name: 'Observable Plot', pkg: '@observablehq/plot', script: 'bench/build/plot.js' },
  { id: 'vega', name: 'Vega-Lite + vega-embed', pkg: 'vega-embed', script: 'bench/build/vega.js' },
];
const PEERS = ['chartjs', 'plot', 'vega'];

log('bundling the peers and writing the pages (bench/build/)…');
await buildPages({ quiet: true });

// Bytes of script (ours: the snapshot of dist/embed.js in bench/build/embed.js).
const bytes = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf).length,
});
const sizes = {};
sizes['ours-alone'] = bytes(await snapshotLibrary());
for (const c of CONTENDERS) sizes[c.id] = bytes(readFileSync(new URL(c.script, root)));

const server = await serve(opt.port);
const base = `http://127.0.0.1:${opt.port}`;
log(`serving on ${base}; launching ${CHROME}`);
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: ARGS,
  defaultViewport: { width: 1000, height: 800 },
});
const versions = {
  chromium: (await browser.version()).replace(/^(Headless)?Chrome\//, ''),
  node: process.version,
  ours: pkgVersion(root.pathname),
  commit: gitCommit(),
  ...Object.fromEntries(
    ['chart.js', '@observablehq/plot', 'vega-embed', 'vega', 'vega-lite', 'puppeteer-core', 'esbuild'].map((p) => [
      p,
      pkgVersion(`${here.pathname}node_modules/${p}/`),
    ]),
  ),
};

let exitCode = 0;
const samples = {}; // samples[measure][contender] = number[]
const add = (measure, who, v) => ((samples[measure] ??= {})[who] ??= []).push(v);

try {
  if (opt.shots) await screenshots();
  // One warm-up pass, not recorded: the first page of a browser pays for process and font set-up.
  for (const id of [...CONTENDERS.map((c) => c.id), 'ours-60']) await withPage(id, async () => {});

  const order = [...CONTENDERS.map((c) => c.id), 'ours-60'];
  for (let r = 0; r < opt.runs; r++) {
    const turn = order.map((_, i) => order[(i + r) % order.length]); // rotate, so no one always goes first
    for (const id of turn) {
      if (id === 'ours-60') await many();
      else await single(id);
    }
    for (const id of turn) if (id !== 'ours-60') await traced(id);
    const m = (id) => samples.paint[id].at(-1).toFixed(0);
    log(
      `run ${r + 1}/${opt.runs}: first chart painted at ${CONTENDERS.map((c) => `${c.id} ${m(c.id)}`).join(', ')} ms; 60 charts: screen ${samples.screen60.ours.at(-1).toFixed(0)} ms, long tasks ${samples.longtasks60.ours.at(-1)} + ${samples.scrollLongtasks60.ours.at(-1)} scrolling`,
    );
  }
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
if (exitCode) process.exit(exitCode);

const results = summarise();
const md = report(results);
console.log('\n' + md.replace(/\*\*/g, ''));
mkdirSync(new URL('results/', here), { recursive: true });
writeFileSync(new URL('results/latest.json', here), JSON.stringify({ ...results, samples }, null, 1));
writeFileSync(new URL('results/latest.md', here), md);
if (opt.write) writeFileSync(new URL('BENCHMARKS.md', root), benchmarksMd(md));
log(`done; wrote bench/results/latest.md${opt.write ? ' and BENCHMARKS.md' : ''}`);

// ——— scenarios ———

/**
 * Copies dist/embed.js to bench/build/embed.js and bundles dist/adoption-chart.js alone (with lit and d3, as a
 * bundler user would); returns that bundle. Others may be rebuilding dist/ right now: wait and retry a while.
 */
async function snapshotLibrary() {
  for (let attempt = 1; ; attempt++) {
    try {
      const embed = readFileSync(opt.embed ?? new URL('dist/embed.js', root));
      const alone = await esbuild({
        entryPoints: [new URL('dist/adoption-chart.js', root).pathname],
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        conditions: ['production'],
        legalComments: 'none',
        logLevel: 'silent',
        // The optional parts (languages, editor data, downloads) are dynamic imports, split off as a bundler does:
        // the entry chunk is what a page loads for the chart.
        splitting: true,
        outdir: '/bench-alone-out',
        metafile: true,
      });
      if (!readFileSync(opt.embed ?? new URL('dist/embed.js', root)).equals(embed))
        throw new Error('dist/embed.js changed meanwhile');
      writeFileSync(new URL('build/embed.js', here), embed);
      // The entry chunk and the chunks it imports statically.
      return staticClosure(alone, 'adoption-chart.js');
    } catch (e) {
      if (attempt >= 30) throw new Error(`dist/ stayed incomplete (${e.message}); run npm run build`);
      if (attempt === 1) log('dist/ is incomplete (a build running?); waiting…');
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

async function withPage(id, fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`${id}: page error: ${e.message}`));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${base}/${id}.html`, { waitUntil: 'load', timeout: 30000 });
    const t = await within(
      page.evaluate(() => window.__done),
      `${id}: the chart was not drawn`,
    );
    await fn(page, cdp, t);
  } finally {
    await context.close();
  }
}

/** One contender, one chart: time to first chart, scripting, heap; for ours also focus-to-tooltip and resize. */
async function single(id) {
  await withPage(id, async (page, cdp, t) => {
    const m = metrics(await cdp.send('Performance.getMetrics'));
    add('paint', id, t.painted);
    add('marks', id, t.marks);
    add('busy', id, m.TaskDuration * 1000);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    add('heap', id, metrics(await cdp.send('Performance.getMetrics')).JSHeapUsedSize);
    if (id === 'ours') {
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      const f = await focusToTooltip(page);
      add('focusDom', id, f.dom - f.key);
      add('focusPaint', id, f.painted - f.key);
      add('focusFirstFrame', id, f.inFirstFrame ? 1 : 0);
      const a = await arrowToTooltip(page);
      add('arrowDom', id, a.dom - a.key);
      add('arrowPaint', id, a.painted - a.key);
      add('arrowFirstFrame', id, a.inFirstFrame ? 1 : 0);
      const s = await resize(page);
      add('resizeDom', id, s.dom - s.t0);
      add('resizePaint', id, s.painted - s.t0);
      add('resizeFirstFrame', id, s.inFirstFrame ? 1 : 0);
    }
  });
}

/** The same page again under a trace: main-thread scripting until the first chart is painted. */
async function traced(id) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'],
    });
    await page.goto(`${base}/${id}.html`, { waitUntil: 'load', timeout: 30000 });
    await within(
      page.evaluate(() => window.__done),
      `${id} (traced): the chart was not drawn`,
    );
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    add('script', id, scripting(trace.traceEvents ?? trace));
  } finally {
    await context.close();
  }
}

/**
 * Scripting time in a trace, as DevTools counts it: on the renderer main threads, the time inside JavaScript
 * (script evaluation, compilation, function calls, microtasks, animation frame callbacks) minus the style,
 * layout and paint work that JavaScript forced inside it. In thread time (tts/tdur), so that time the busy
 * machine took the CPU away does not count.
 */
function scripting(events) {
  const JS = new Set([
    'EvaluateScript',
    'v8.run',
    'v8.callFunction',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'V8.CompileCode',
    'V8.ParseFunction',
    'FunctionCall',
    'RunMicrotasks',
    'FireAnimationFrame',
  ]);
  const NOT = new Set([
    'Layout',
    'UpdateLayoutTree',
    'Document::UpdateStyleAndLayout',
    'ParseHTML',
    'PrePaint',
    'Paint',
  ]);
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const spans = (names) =>
    union(
      events
        .filter(
          (e) =>
            e.ph === 'X' &&
            names.has(e.name) &&
            e.tts !== undefined &&
            e.tdur !== undefined &&
            mains.has(`${e.pid}:${e.tid}`),
        )
        .map((e) => [`${e.pid}:${e.tid}`, e.tts, e.tts + e.tdur]),
    );
  const js = spans(JS);
  const other = spans(NOT);
  let us = 0;
  for (const [thread, a, b] of js) {
    us += b - a;
    for (const [t2, c, d] of other) if (t2 === thread) us -= Math.max(0, Math.min(b, d) - Math.max(a, c));
  }
  return us / 1000;
}

/** Merges overlapping [thread, start, end] intervals per thread. */
function union(list) {
  list.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  const out = [];
  for (const iv of list) {
    const last = out.at(-1);
    if (last && last[0] === iv[0] && iv[1] <= last[2]) last[2] = Math.max(last[2], iv[2]);
    else out.push([...iv]);
  }
  return out;
}

/** 60 <adoption-chart> on one page: the charts on screen painted, long tasks, time to interactive; then a scroll
 * to the bottom (charts draw when they come near the viewport): long tasks on the way, time until all 60 drew. */
async function many() {
  await withPage('ours-60', async (page, cdp, t) => {
    // Let trailing work finish, then read the long tasks the page observed.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    const m = metrics(await cdp.send('Performance.getMetrics'));
    const tasks = await page.evaluate(() => __t.longtasks);
    const lastEnd = Math.max(0, ...tasks.map(([s, d]) => s + d));
    add('screen60', 'ours', t.painted);
    add('drawn60', 'ours', t.drawn);
    add('tti60', 'ours', Math.max(t.painted, lastEnd));
    add('longtasks60', 'ours', tasks.length);
    add('longest60', 'ours', Math.max(0, ...tasks.map(([, d]) => d)));
    add('busy60', 'ours', m.TaskDuration * 1000);
    const s = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const els = [...document.querySelectorAll('adoption-chart')];
      const t0 = performance.now();
      while (innerHeight + scrollY < document.documentElement.scrollHeight - 1) {
        scrollBy(0, innerHeight / 2);
        await frame();
        await frame();
      }
      while (!els.every((el) => el.shadowRoot.querySelector('.hit'))) await frame();
      await frame();
      const ms = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 300));
      return { ms, tasks: __t.longtasks.filter(([start]) => start >= t0) };
    });
    add('scroll60', 'ours', s.ms);
    add('scrollLongtasks60', 'ours', s.tasks.length);
    add('scrollLongest60', 'ours', Math.max(0, ...s.tasks.map(([, d]) => d)));
  });
}

/** Tab into the chart: from the keydown to the tooltip ([role=tooltip]) in the shadow DOM, and painted. */
async function focusToTooltip(page) {
  await page.evaluate(() => {
    const root = document.querySelector('adoption-chart').shadowRoot;
    window.__focus = watchKey(root, () => root.querySelector('[role=tooltip]'));
    function watchKey(root, ready) {
      return new Promise((resolve) => {
        const r = {};
        document.addEventListener(
          'keydown',
          (e) => {
            r.key = e.timeStamp;
            requestAnimationFrame(() => (r.inFirstFrame = !!ready()));
          },
          { capture: true, once: true },
        );
        const mo = new MutationObserver(() => {
          if (r.dom || r.key === undefined || !ready()) return;
          r.dom = performance.now();
          mo.disconnect();
          requestAnimationFrame(() => {
            const c = new MessageChannel();
            c.port1.onmessage = () => resolve({ ...r, painted: performance.now() });
            c.port2.postMessage(0);
          });
        });
        mo.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    }
    window.__watchKey = watchKey;
  });
  await page.keyboard.press('Tab');
  const r = await within(
    page.evaluate(() => window.__focus),
    'Tab: no tooltip',
  );
  const focused = await page.evaluate(() =>
    document.querySelector('adoption-chart').shadowRoot.activeElement?.getAttribute('class'),
  );
  if (focused !== 'hit') throw new Error(`Tab focused ${focused}, not the first mark`);
  return r;
}

/** ArrowRight on the focused mark: from the keydown to the next mark's tooltip in the DOM, and painted. */
async function arrowToTooltip(page) {
  await page.evaluate(() => {
    const root = document.querySelector('adoption-chart').shadowRoot;
    const before = root.querySelector('[role=tooltip]')?.textContent;
    window.__arrow = window.__watchKey(root, () => {
      const tip = root.querySelector('[role=tooltip]');
      return tip && tip.textContent !== before ? tip : null;
    });
  });
  await page.keyboard.press('ArrowRight');
  return within(
    page.evaluate(() => window.__arrow),
    'ArrowRight: no new tooltip',
  );
}

/** The chart's container from 640 to 400 px wide (narrow layout): from the change to the new layout painted;
 * "first frame": the new layout is in the DOM before the first frame after the change is painted (a message
 * posted from that frame's requestAnimationFrame arrives after its paint). */
async function resize(page) {
  return within(
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const root = document.querySelector('adoption-chart').shadowRoot;
          const width = () => root.querySelector('svg[role=group]')?.getAttribute('width');
          const before = width();
          const r = {};
          const mo = new MutationObserver(() => {
            if (r.dom || width() === before) return;
            r.dom = performance.now();
            mo.disconnect();
            requestAnimationFrame(() => {
              const c = new MessageChannel();
              c.port1.onmessage = () => resolve({ ...r, painted: performance.now() });
              c.port2.postMessage(0);
            });
          });
          mo.observe(root, { childList: true, subtree: true, attributes: true });
          r.t0 = performance.now();
          document.getElementById('chart').style.width = '400px';
          requestAnimationFrame(() => {
            const c = new MessageChannel();
            c.port1.onmessage = () => (r.inFirstFrame = !!r.dom);
            c.port2.postMessage(0);
          });
        }),
    ),
    'resize: no new layout',
  );
}

async function screenshots() {
  mkdirSync(new URL('results/', here), { recursive: true });
  for (const c of CONTENDERS) {
    await withPage(c.id, async (page) => {
      await new Promise((r) => setTimeout(r, 300));
      const el = await page.$('#chart');
      await el.screenshot({ path: new URL(`results/${c.id}.png`, here).pathname });
    });
  }
  log('screenshots in bench/results/*.png');
}

// ——— statistics and report ———

function summarise() {
  const stat = {};
  for (const [measure, by] of Object.entries(samples)) {
    stat[measure] = {};
    for (const [who, xs] of Object.entries(by)) stat[measure][who] = describe(xs);
  }
  // Own cost: each run's time above the control of the same run (runs are interleaved, so paired).
  for (const measure of ['paint', 'busy', 'script', 'heap']) {
    stat[`own-${measure}`] = {};
    for (const c of CONTENDERS.filter((c) => c.id !== 'control')) {
      const xs = samples[measure][c.id].map((v, i) => v - samples[measure].control[i]);
      stat[`own-${measure}`][c.id] = describe(xs);
    }
  }
  return {
    date: new Date().toISOString(),
    runs: opt.runs,
    spread: { paint: ratioSpread('paint', stat), busy: ratioSpread('busy', stat) },
    machine: {
      nproc: cpus().length,
      cpu: cpus()[0]?.model.trim(),
      memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
      loadavg: loadavg(),
    },
    versions,
    sizes,
    stat,
    targets: targets(stat),
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

/**
 * The ratio own cost ours / fastest peer (by median) with its spread: a percentile bootstrap over the paired runs
 * (the runs are interleaved, so run i of ours, of the peer and of the control are resampled together), 2,000
 * resamples, 95% interval of the ratio of the two medians; a fixed seed, so the same samples give the same interval.
 */
function ratioSpread(measure, stat) {
  const peer = PEERS.map((p) => [p, stat[`own-${measure}`][p].median]).sort((a, b) => a[1] - b[1])[0][0];
  const own = (id) => samples[measure][id].map((v, i) => v - samples[measure].control[i]);
  const ours = own('ours');
  const theirs = own(peer);
  const n = Math.min(ours.length, theirs.length);
  let seed = 0x19;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ratios = [];
  for (let b = 0; b < 2000; b++) {
    const pick = Array.from({ length: n }, () => Math.floor(random() * n));
    const a = describe(pick.map((i) => ours[i])).median;
    const c = describe(pick.map((i) => theirs[i])).median;
    if (c > 0) ratios.push(a / c);
  }
  ratios.sort((x, y) => x - y);
  const q = (p) => ratios[Math.round((ratios.length - 1) * p)];
  return {
    peer,
    ratio: stat[`own-${measure}`].ours.median / stat[`own-${measure}`][peer].median,
    low: q(0.025),
    high: q(0.975),
    resamples: ratios.length,
  };
}
function spreadText(s) {
  return `${s.ratio.toFixed(2)}× (95% bootstrap interval ${s.low.toFixed(2)}–${s.high.toFixed(2)}×)`;
}

function targets(stat) {
  const fastest = (m) => PEERS.map((p) => [p, stat[m][p].median]).sort((a, b) => a[1] - b[1])[0];
  const [peer, fastestPeer] = fastest('own-paint');
  const [cpuPeer, cpuFastest] = fastest('own-busy');
  const own = stat['own-paint'].ours.median;
  const ownCpu = stat['own-busy'].ours.median;
  const nameOf = (id) => CONTENDERS.find((c) => c.id === id).name;
  const spread = { paint: ratioSpread('paint', stat), busy: ratioSpread('busy', stat) };
  return [
    {
      target: `\`dist/embed.js\` at most ${EMBED_BUDGET.toLocaleString('en')} B gzipped (size-budgets.json)`,
      value: kb(sizes.ours.gzip),
      met: sizes.ours.gzip <= EMBED_BUDGET,
    },
    {
      target: 'own cost to first chart ≤ 1/3 of the fastest peer’s',
      value:
        `${ms(own)} vs ${ms(fastestPeer)} (${nameOf(peer)}): ${spreadText(spread.paint)}; ` +
        `own main-thread CPU ${ms(ownCpu)} vs ${ms(cpuFastest)} (${nameOf(cpuPeer)}): ${spreadText(spread.busy)}`,
      met: own <= fastestPeer / 3,
    },
    {
      target: '60 charts: no long task over 50 ms',
      value: `loading: ${stat.longtasks60.ours.median} long task(s) per run (median; max ${stat.longtasks60.ours.max}), the longest ${ms(stat.longest60.ours.median)} (median; max ${ms(stat.longest60.ours.max)}); scrolling: ${stat.scrollLongtasks60.ours.median} (max ${stat.scrollLongtasks60.ours.max}), longest ${ms(stat.scrollLongest60.ours.max)}`,
      met: stat.longtasks60.ours.max === 0 && stat.scrollLongtasks60.ours.max === 0,
    },
    {
      target: 'focus-to-tooltip within one frame (16 ms)',
      value: `${ms(stat.focusDom.ours.median)} to the DOM, ${ms(stat.focusPaint.ours.median)} to painted; in the first frame in ${Math.round(stat.focusFirstFrame.ours.mean * 100)}% of runs`,
      met: stat.focusDom.ours.p75 < 16 && stat.focusFirstFrame.ours.mean >= 0.9,
    },
    {
      target: 'resize 640 → 400 px: the new layout in the DOM within one frame (16 ms) of the style change',
      value: `${ms(stat.resizeDom.ours.median)} to the DOM (median; p75 ${ms(stat.resizeDom.ours.p75)}), ${ms(stat.resizePaint.ours.median)} to painted; in the first frame after the change in ${Math.round(stat.resizeFirstFrame.ours.mean * 100)}% of runs`,
      met: stat.resizeDom.ours.median <= 16 && stat.resizeFirstFrame.ours.mean >= 0.9,
    },
  ];
}

function report(res) {
  const { stat } = res;
  const lines = [];
  const cell = (d, f) => `${f(d.median)} (${f(d.p25)}–${f(d.p75)})`;
  const ratio = (peer, ours) => (ours > 0 ? `${(peer / ours).toFixed(1)}×` : '—');
  lines.push(`${res.runs} runs per contender, interleaved, fresh browser context per run; median (p25–p75).`, '');

  lines.push('### Script bytes', '');
  lines.push('| contender | min | gzip | brotli | gzip ratio peer/ours |', '|---|---:|---:|---:|---:|');
  for (const c of CONTENDERS) {
    const s = sizes[c.id];
    lines.push(
      `| ${c.name} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${PEERS.includes(c.id) ? ratio(s.gzip, sizes.ours.gzip) : ''} |`,
    );
  }
  const a = sizes['ours-alone'];
  lines.push(
    `| ours, \`adoption-chart\` imported alone (ESM + lit, esbuild) | ${kb(a.min)} | ${kb(a.gzip)} | ${kb(a.brotli)} | |`,
    '',
  );

  lines.push('### One chart', '');
  lines.push(
    'Own = above the control, run by run. Main-thread CPU: every task of the page until the chart is painted (parse,',
    'compile, script, style, layout, paint), in thread time. Scripting: JavaScript alone, from a trace of the same page.',
    '',
    '| contender | first chart painted | own cost | main-thread CPU | own CPU | scripting | own scripting | JS heap after render |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const c of CONTENDERS) {
    const own = (m, f) => (c.id === 'control' ? '—' : cell(stat[`own-${m}`][c.id], f));
    lines.push(
      `| ${c.name} | ${cell(stat.paint[c.id], ms)} | ${own('paint', ms)} | ${cell(stat.busy[c.id], ms)} | ${own('busy', ms)} | ${cell(stat.script[c.id], ms)} | ${own('script', ms)} | ${cell(stat.heap[c.id], mb)} |`,
    );
  }
  lines.push('');
  lines.push('### Ratios peer / ours (medians; > 1 means ours is smaller or faster)', '');
  lines.push(
    '| peer | script gzip | own cost to first chart | first chart painted | own main-thread CPU | own scripting | JS heap |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const p of PEERS) {
    const name = CONTENDERS.find((c) => c.id === p).name;
    const own = (m) => ratio(stat[`own-${m}`][p].median, stat[`own-${m}`].ours.median);
    lines.push(
      `| ${name} | ${ratio(sizes[p].gzip, sizes.ours.gzip)} | ${own('paint')} | ${ratio(stat.paint[p].median, stat.paint.ours.median)} | ${own('busy')} | ${own('script')} | ${ratio(stat.heap[p].median, stat.heap.ours.median)} |`,
    );
  }
  lines.push('');
  lines.push('### Own cost ours / fastest peer, with its spread', '');
  lines.push(
    'The ratio of the medians (< 1 means ours is faster; the target is ≤ 0.33) and a 95% percentile bootstrap interval:',
    'the paired runs (ours, the peer and the control of the same interleaved run) resampled 2,000 times.',
    '',
    '| measure | fastest peer | ours / peer | 95% interval |',
    '|---|---|---:|---:|',
  );
  for (const [label, m] of [
    ['own cost to first chart', 'paint'],
    ['own main-thread CPU', 'busy'],
  ]) {
    const s = res.spread[m];
    lines.push(
      `| ${label} | ${CONTENDERS.find((c) => c.id === s.peer).name} | ${s.ratio.toFixed(2)}× | ${s.low.toFixed(2)}–${s.high.toFixed(2)}× |`,
    );
  }
  lines.push('');
  lines.push('### This library only', '');
  lines.push('| measure | median (p25–p75) | min–max |', '|---|---:|---:|');
  const row = (label, m, f) =>
    lines.push(`| ${label} | ${cell(stat[m].ours, f)} | ${f(stat[m].ours.min)}–${f(stat[m].ours.max)} |`);
  row('60 charts: the charts on screen painted', 'screen60', ms);
  row('60 charts: charts drawn by then (the rest wait until near the viewport)', 'drawn60', String);
  row('60 charts: time to interactive (screen painted and last long task over)', 'tti60', ms);
  row('60 charts, loading: long tasks > 50 ms', 'longtasks60', String);
  row('60 charts, loading: longest long task (0 = none over 50 ms)', 'longest60', ms);
  row('60 charts, loading: main-thread CPU until the screen is painted', 'busy60', ms);
  row('60 charts: scroll to the bottom until all 60 drew', 'scroll60', ms);
  row('60 charts, scrolling: long tasks > 50 ms', 'scrollLongtasks60', String);
  row('60 charts, scrolling: longest long task', 'scrollLongest60', ms);
  row('Tab to first mark: keydown → tooltip in the DOM', 'focusDom', ms);
  row('Tab to first mark: keydown → tooltip painted', 'focusPaint', ms);
  row('ArrowRight: keydown → next tooltip in the DOM', 'arrowDom', ms);
  row('ArrowRight: keydown → next tooltip painted', 'arrowPaint', ms);
  row('resize 640 → 400 px: new layout in the DOM', 'resizeDom', ms);
  row('resize 640 → 400 px: new layout painted', 'resizePaint', ms);
  lines.push(
    `| tooltip already in the first frame after Tab / ArrowRight | ${Math.round(stat.focusFirstFrame.ours.mean * 100)}% / ${Math.round(stat.arrowFirstFrame.ours.mean * 100)}% of runs | |`,
    `| resize: new layout already in the first frame after the change | ${Math.round(stat.resizeFirstFrame.ours.mean * 100)}% of runs | |`,
  );
  lines.push('');
  lines.push('### Targets', '');
  lines.push('| target | measured | met |', '|---|---|---|');
  for (const t of res.targets) lines.push(`| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push('');
  return lines.join('\n');
}

/** BENCHMARKS.md: the run, generated; from "## Findings" on, what a person wrote there is kept. */
function benchmarksMd(md) {
  const r = JSON.parse(readFileSync(new URL('results/latest.json', here), 'utf8'));
  let findings = '';
  try {
    const old = readFileSync(new URL('BENCHMARKS.md', root), 'utf8');
    const at = old.indexOf('\n## Findings');
    if (at >= 0) findings = old.slice(at);
  } catch {}
  const v = r.versions;
  return `# Benchmarks

The same chart — Instagram adoption by kind of local government, 2016 and 2017, the figures of
\`<adoption-chart platform="instagram">\` from \`data/survey-2017.json\` — drawn by this library and by its peers
in headless Chromium. Generated by \`npm run bench -- --write\` (\`bench/run.mjs\`); how it measures is below the
results. The machine is shared and noisy: read the medians and the ratios, not single timings.

## Reproduce

\`\`\`sh
npm install && npm run build
npm run bench               # installs bench/node_modules from bench/package-lock.json on first use
npm run bench -- --write    # also rewrites this file; --runs N (default 15), --port P (default 8300)
\`\`\`

## Run

- date: ${r.date}; ${r.runs} runs per contender; whole run ${r.seconds} s
- machine: ${r.machine.nproc} cores (${r.machine.cpu}), ${r.machine.memory} memory, load average ${r.machine.loadavg} at the end (shared with other work)
- Chromium ${v.chromium} (Debian, \`/usr/bin/chromium\`, headless), Node ${v.node}, puppeteer-core ${v['puppeteer-core']}, esbuild ${v.esbuild}
- contenders: lokale-besturen-charts ${v.ours} at commit ${v.commit} (\`dist/embed.js\`), Chart.js ${v['chart.js']}, @observablehq/plot ${v['@observablehq/plot']}, vega-embed ${v['vega-embed']} (vega ${v.vega}, vega-lite ${v['vega-lite']})

## Results

${md}
## How it is measured

- **Pages.** Each contender has one page, served from a static server on 127.0.0.1 (\`bench/serve.mjs\`,
  uncompressed, no cache), with one script at the end of the body. Ours: \`dist/embed.js\` as an editor pastes it,
  and \`<adoption-chart platform="instagram">\` in a 640 px wide box. Peers (\`bench/pages/*.js\`, bundled by esbuild,
  minified, IIFE): Chart.js tree-shaken (only the bar and line controllers, bar, line and point elements, category
  and linear scales, tooltip and legend are registered), Observable Plot (link + dot with its tip), Vega-Lite
  through vega-embed (rule-like line + point layers, tooltips, default renderer, no actions menu). Peers plot the
  word fractions at their value (≈ 1 op 3 at 1/3, "verwaarloosbaar" at 0); ours draws them as it always does
  (open dots, bounds, the "all respondents" row, the accessible table, tooltips).
- **Control.** A few-line custom element (\`bench/pages/control.js\`) that draws the same circles, lines and labels
  as SVG at once with no library: what the page and the browser cost anyway. **Own cost** = a contender's time
  above the control's, taken run by run (the runs are interleaved) and then summarised.
- **First chart painted.** From navigation start (\`performance.timeOrigin\`) to the first frame after the marks are
  in the DOM: \`__mark()\` is called when they are (ours: a MutationObserver on the shadow root sees the focusable
  marks; Chart.js: after \`new Chart()\` with animation off, which draws at once; Plot: after the SVG is appended;
  vega-embed: when its promise resolves), then a \`requestAnimationFrame\` and a message after it (after paint).
- **Main-thread CPU** is CDP \`Performance.getMetrics\` \`TaskDuration\` (thread time) when the chart is painted: all
  the work of the page's main thread, script or not. **Scripting** comes from a second, traced load of the same
  page in each run: the thread time inside JavaScript (evaluation, compilation, calls, microtasks, frame callbacks)
  minus the style and layout it forced, until the chart is painted. (\`ScriptDuration\` of \`getMetrics\` is not
  used: it leaves out microtasks, where Lit and vega do most of their work.) **JS heap** is \`JSHeapUsedSize\`
  after a forced garbage collection.
- **60 charts**: one page with 60 \`<adoption-chart>\` (the five platforms in turn) in a 1000 × 800 viewport. The
  elements draw only near the viewport, so "screen painted" = every chart whose top is inside the viewport has its
  marks, plus a frame; long tasks from a \`PerformanceObserver\` (\`longtask\`, buffered) registered before any
  script, read 500 ms after; time to interactive = screen painted or the end of the last long task, whichever is
  later. Then the page scrolls to the bottom, half a viewport every two frames, until all 60 have drawn, and the
  long tasks on the way are counted too.
- **Focus-to-tooltip**: on the one-chart page, a real Tab key press (CDP input) moves focus to the first mark in the
  shadow root; measured from the keydown's \`timeStamp\` to \`[role=tooltip]\` in the DOM and to the frame after;
  "first frame" = the tooltip is already there in the first \`requestAnimationFrame\` after the keydown.
  ArrowRight then moves to the next mark the same way.
- **Resize**: the chart's box from 640 to 400 px (the narrow layout); from the style change to the new layout in the
  DOM, and painted; "first frame" = the new layout is in the DOM before the first frame after the change is painted
  (the chart lays out again in its ResizeObserver callback, in that frame).
- **Bytes**: min is the file as served; gzip at level 9 and brotli (quality 11) by node's zlib. "Imported alone" is
  \`dist/adoption-chart.js\` bundled with lit and the d3 modules by esbuild, minified (what a bundler user ships).
${findings}`;
}

// ——— helpers ———

/** The promise, or an error naming what did not happen within `ms`. */
function within(promise, what, ms = 15000) {
  let timer;
  const timeout = new Promise(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function describe(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
  };
  return {
    n: s.length,
    median: q(0.5),
    p25: q(0.25),
    p75: q(0.75),
    min: s[0],
    max: s.at(-1),
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}
function metrics(res) {
  return Object.fromEntries(res.metrics.map((m) => [m.name, m.value]));
}
function ms(v) {
  return `${v < 10 && v > -10 ? v.toFixed(1) : v.toFixed(0)} ms`;
}
function kb(v) {
  return `${(v / 1024).toFixed(1)} kB`;
}
function mb(v) {
  return `${(v / 2 ** 20).toFixed(2)} MB`;
}
function loadavg() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}
function gitCommit() {
  const r = spawnSync('git', ['log', '-1', '--format=%h %cI'], { cwd: root.pathname, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '?';
}
function pkgVersion(dir) {
  try {
    return JSON.parse(readFileSync(`${dir}package.json`, 'utf8')).version;
  } catch {
    return '?';
  }
}
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed`);
    process.exit(1);
  }
}
function parseArgs(argv) {
  const o = { runs: 15, port: 8300, write: false, build: false, shots: false, embed: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--port') o.port = Number(argv[++i]);
    else if (a === '--write') o.write = true;
    else if (a === '--build') o.build = true;
    else if (a === '--shots') o.shots = true;
    else if (a === '--embed') o.embed = argv[++i];
    else {
      console.error(
        `Unknown option ${a}. Usage: npm run bench [-- --runs 15] [--port 8300] [--write] [--build] [--shots] [--embed file.js]`,
      );
      process.exit(2);
    }
  }
  if (!(o.runs >= 1)) o.runs = 15;
  return o;
}
