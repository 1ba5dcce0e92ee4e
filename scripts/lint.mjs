/**
 * npm run lint: ESLint (typescript-eslint, lit, wc, lit-a11y), lit-analyzer (template type checks) and
 * Prettier. They live in tools/lint with their own install and lock, because typescript-eslint and
 * lit-analyzer need the TypeScript 5 compiler API, which the project's TypeScript 7 (native) lacks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tools = `${root}tools/lint`;
const run = (cmd, args, opts = {}) => {
  console.log(`\n== ${[cmd.replace(root, ''), ...args].join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts }).status ?? 1;
};
if (!existsSync(`${tools}/node_modules/.bin/eslint`)) {
  if (run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', tools])) process.exit(1);
}
const bin = (name) => `${tools}/node_modules/.bin/${name}`;
const fix = process.argv.includes('--fix');
const failed = [
  run(bin('eslint'), [
    '-c',
    'tools/lint/eslint.config.mjs',
    ...(fix ? ['--fix'] : []),
    'src',
    'test',
    'stories',
    'scripts',
    '.storybook',
  ]),
  run(bin('lit-analyzer'), ['src', '--strict', '--rules.no-invalid-css', 'off']),
  run(bin('prettier'), [
    fix ? '--write' : '--check',
    'src',
    'test',
    'stories',
    'scripts',
    '.storybook',
    '*.ts',
    '*.mjs',
  ]),
].some(Boolean);
process.exit(failed ? 1 : 0);
