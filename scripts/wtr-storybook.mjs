/**
 * Test-server middleware for test/storybook/stories.test.ts: serves storybook-static/ byte for byte.
 * The test server's plugins would otherwise rewrite Storybook's bundles (esbuild re-targets the JS with the
 * project's tsconfig, which breaks the already compiled Lit classes) and turn its index.json into a module.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export async function storybookStatic(ctx, next) {
  if (!ctx.path.startsWith('/storybook-static/')) return next();
  let file = root + decodeURIComponent(ctx.path.slice('/storybook-static/'.length));
  if (file.endsWith('/')) file += 'index.html';
  if (file.includes('/../') || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    return;
  }
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.body = createReadStream(file);
}
