/**
 * Test-server middleware for test/fuzz/defects.test.ts: a `src` that fails the first times it is asked, as a
 * server does for a moment. `/flaky/<failure>/<times>/<key>` answers `<failure>` (a status such as 503 or 404,
 * or `drop`: the connection is closed without an answer, a network error) to the first `<times>` requests for
 * `<key>`, then a small dataset (JSON). `/flaky/count/<key>` says how many requests `<key>` has had. The paths
 * have no extension: the test runner lets the browser cache any path with one for a year, failures included.
 */
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

export async function flakySrc(ctx, next) {
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
