/**
 * `npm test`: runs @web/test-runner, then prints the closing line "N passed, N failed" that CI reads
 * (the runner prints none itself; scripts/summary-reporter.mjs counts the tests).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const file = new URL('../node_modules/.cache/wtr-summary.txt', import.meta.url);
rmSync(file, { force: true });
const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, WTR_SUMMARY_FILE: file.pathname } });
let line = '';
try {
  line = readFileSync(file, 'utf8').trim();
} catch {
  line = '0 passed, 1 failed';
  console.error('The test runner ended before it reported any result.');
}
console.log(`\n${line}`);
process.exit(run.status ?? 1);
