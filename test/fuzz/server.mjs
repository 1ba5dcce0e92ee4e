/**
 * Test-server middleware for test/fuzz/defects.test.ts, for what a static file cannot do.
 *
 * A `src` that fails the first times it is asked, as a server does for a moment. `/flaky/<failure>/<times>/<key>` answers `<failure>` (a status such as 503 or 404,
 * or `drop`: the connection is closed without an answer, a network error) to the first `<times>` requests for
 * `<key>`, then a small dataset (JSON). `/flaky/count/<key>` says how many requests `<key>` has had. The paths
 * have no extension: the test runner lets the browser cache any path with one for a year, failures included.
 */
import { PassThrough } from 'node:stream';

const asked = new Map();

const dataset = JSON.stringify({
  source: 'Bron: VVSG & Socialemediaburo.be (test subset)',
  findings: [
    {
      id: 'fire-instagram-2017',
      organisation: 'fire',
      platform: 'instagram',
      year: 2017,
      share: 0.57,
      precision: 'exact',
      words: 'met een stijging van 40% in 2016 naar 57% in 2017',
    },
  ],
});

/**
 * A page on a slow network: `/slow-page/<ms>` sends a chart whose inline JSON is cut in two, and the rest
 * `<ms>` milliseconds later. The chart script (dist/embed.js) runs before the chart, as a classic script does.
 */
function slowPage(ctx, wait) {
  const json = dataset.replace('"findings"', '"title": "Op een traag netwerk", "findings"');
  const half = json.indexOf('"precision"');
  const page = new PassThrough();
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = page;
  page.write(
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><script src="/test/embed/pages/probe.js"></script>' +
      '<script src="/dist/embed.js"></script></head><body><adoption-chart id="slow">' +
      `<script type="application/json">${json.slice(0, half)}`.padEnd(4096, ' '),
  );
  setTimeout(() => page.end(`${json.slice(half)}</script></adoption-chart><p id="after">Rest</p></body></html>`), wait);
}

export async function fuzzServer(ctx, next) {
  const slow = /^\/slow-page\/(\d+)$/.exec(ctx.path);
  if (slow) return slowPage(ctx, Number(slow[1]));
  const count = /^\/flaky\/count\/([\w-]+)$/.exec(ctx.path);
  if (count) {
    ctx.body = String(asked.get(count[1]) ?? 0);
    return;
  }
  const m = /^\/flaky\/(\d{3}|drop)\/(\d+)\/([\w-]+)$/.exec(ctx.path);
  if (!m) return next();
  const [, failure, times, key] = m;
  const n = (asked.get(key) ?? 0) + 1;
  asked.set(key, n);
  if (n > Number(times)) {
    ctx.type = 'application/json';
    ctx.body = dataset;
  } else if (failure == 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
  } else {
    ctx.status = Number(failure);
    ctx.body = 'not now';
  }
}
