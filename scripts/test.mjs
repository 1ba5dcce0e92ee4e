/**
 * `npm test`: runs @web/test-runner in each engine, one after the other, then prints the closing line
 * "N passed, N failed" that CI reads, summed over the engines (the runner prints none itself;
 * scripts/summary-reporter.mjs counts the tests of each run).
 * Chromium runs every suite (web-test-runner.config.mjs); Firefox ESR and WebKitGTK run the charts, embed, keyboard
 * and screen-reader suites (web-test-runner.engines.config.mjs). TEST_ENGINES=chromium,firefox,webkit chooses;
 * with arguments for the runner (--files …) only Chromium runs, unless TEST_ENGINES says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const engines = (process.env.TEST_ENGINES || (args.length ? 'chromium' : 'chromium,firefox,webkit'))
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);

// test/storybook renders the built Storybook: a whole run (Chromium, no --files) builds it when it is missing, so
// that a fresh clone's first npm test runs the Storybook tests too.
if (
  engines.includes('chromium') &&
  !args.length &&
  !existsSync(new URL('../storybook-static/index.json', import.meta.url))
) {
  console.log('storybook-static/ is missing: npm run build-storybook');
  const sb = spawnSync('npm', ['run', 'build-storybook', '--silent'], { stdio: 'inherit' });
  if (sb.status !== 0) process.exit(sb.status ?? 1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let status = 0;
for (const engine of engines) {
  const file = new URL(`../node_modules/.cache/wtr-summary-${engine}.txt`, import.meta.url);
  rmSync(file, { force: true });
  const config = engine === 'chromium' ? [] : ['--config', 'web-test-runner.engines.config.mjs'];
  if (engines.length > 1) console.log(`\n== ${engine}`);
  const run = spawnSync('npx', ['wtr', ...config, ...args], {
    stdio: 'inherit',
    env: { ...process.env, WTR_SUMMARY_FILE: file.pathname, WTR_ENGINE: engine },
  });
  let line = '';
  try {
    line = readFileSync(file, 'utf8').trim();
  } catch {
    line = '0 passed, 1 failed';
    console.error(`The test runner (${engine}) ended before it reported any result.`);
  }
  for (const key of Object.keys(totals)) totals[key] += Number(line.match(new RegExp(`(\\d+) ${key}`))?.[1] ?? 0);
  lines.push(`${engine}: ${line}`);
  if (run.status !== 0) status = run.status ?? 1;
}
if (engines.length > 1) console.log(`\n${lines.join('\n')}`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : ''),
);
process.exit(status);
