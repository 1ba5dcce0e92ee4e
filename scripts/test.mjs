/**
 * `npm test`: runs @web/test-runner, then prints the closing line "N passed, N failed" that CI reads
 * (the runner prints none itself; scripts/summary-reporter.mjs counts the tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

// test/storybook renders the built Storybook; in CI it must run, so build it when it is missing.
if (process.env.CI && !existsSync(new URL('../storybook-static/index.json', import.meta.url))) {
  console.log('storybook-static/ is missing: npm run build-storybook');
  const sb = spawnSync('npm', ['run', 'build-storybook', '--silent'], { stdio: 'inherit' });
  if (sb.status !== 0) process.exit(sb.status ?? 1);
}

const file = new URL('../node_modules/.cache/wtr-summary.txt', import.meta.url);
rmSync(file, { force: true });
const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WTR_SUMMARY_FILE: file.pathname },
});
let line = '';
try {
  line = readFileSync(file, 'utf8').trim();
} catch {
  line = '0 passed, 1 failed';
  console.error('The test runner ended before it reported any result.');
}
console.log(`\n${line}`);
process.exit(run.status ?? 1);
