/**
 * What the package tests (test/package/) need from Node, as a plugin of the test runner:
 *
 * - the `typecheck` command: writes the files of its payload (`{ files: { 'app.tsx': '…' } }`) into a folder inside
 *   the repository (node_modules/.cache/typecheck/, so that `lokale-besturen-charts/…` resolves to this package
 *   through its own `exports`), type-checks them with the project's `tsc` (strict, React's JSX), and returns
 *   `{ status, output }`;
 * - the `read-dist` command: the text of a file of dist/ (`{ file: 'jsx.d.ts' }`), which the test server would serve
 *   compiled (a .d.ts as an empty module);
 * - `/__package/react.js`: dist/react.js bundled by Vite with React and ReactDOM (CommonJS, which the test server
 *   does not serve as modules), as `{ React, createRoot, ...components }`, for a page to render the components.
 *   Build first (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const cache = `${root}node_modules/.cache/typecheck/`;

function typecheck({ files }) {
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(cache + name, text);
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      types: [],
      // The generated declarations are checked too (a package's own .d.ts are, by default, skipped).
      skipLibCheck: false,
    },
    files: Object.keys(files),
  };
  writeFileSync(`${cache}tsconfig.json`, JSON.stringify(tsconfig, null, 2));
  const run = spawnSync(`${root}node_modules/.bin/tsc`, ['-p', cache], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.replaceAll(root, '') };
}

async function reactBundle() {
  const entry = `${root}node_modules/.cache/react-bundle.js`;
  mkdirSync(`${root}node_modules/.cache`, { recursive: true });
  writeFileSync(
    entry,
    [
      "export * as React from 'react';",
      "export { createRoot } from 'react-dom/client';",
      `export * from '${root}dist/react.js';`,
    ].join('\n'),
  );
  // Not the project's vite.config.ts: a plain bundle of what a React app would import.
  const [result] = /** @type {import('vite').Rolldown.RolldownOutput[]} */ (
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        minify: false,
        lib: { entry, formats: ['es'], fileName: 'react' },
        // One file: the parts' dynamic imports inlined.
        rolldownOptions: { output: { codeSplitting: false } },
      },
    })
  );
  return result.output[0].code;
}

export const packagePlugin = {
  name: 'package-checks',
  async executeCommand({ command, payload }) {
    if (command === 'typecheck') return typecheck(payload);
    if (command === 'read-dist' && /^[\w.-]+$/.test(payload.file))
      return readFileSync(`${root}dist/${payload.file}`, 'utf8');
  },
  async serve(context) {
    if (context.path === '/__package/react.js') return { body: await reactBundle(), type: 'js' };
  },
};
