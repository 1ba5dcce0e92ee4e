/**
 * `npm run images`: every documented preset of every element (src/builder/presets.json, the options of the README
 * and of Storybook's Options stories) in Dutch, English and French, light theme, at a narrow (360 px) and a wide
 * (720 px) layout, as dist/static/<tag>-<options>-<lang>-<narrow|wide>.svg and .png (twice the size), with
 * dist/static/index.json: one entry per image, with its file (the PNG) and svg, tag, options, lang, layout, width and
 * height (CSS px, the SVG's rounded to whole pixels; the PNG has twice as many pixels each way), alt (the chart's summary, the words a
 * screen reader hears) and title.
 *
 * The images are the charts' own downloads (the `download="svg png"` buttons), drawn by dist/embed.js in headless
 * Chromium (CHROME_PATH, or Debian's /usr/bin/chromium), served from this folder on a loopback port.
 *
 *   node scripts/images.mjs                 every preset (what `npm run release` publishes)
 *   node scripts/images.mjs --sample        one preset of each of two elements, for `npm test`
 *   node scripts/images.mjs --out DIR       another folder than dist/static
 *   node scripts/images.mjs --attr heading="Onze titel" --attr byline="Grafiek: redactie" --out DIR
 *                                           every chart with these attributes too (the editor's words: heading,
 *                                           description, note, byline, source, source-url); index.json lists them
 *                                           as each entry's `attributes`
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const sample = args.includes('--sample');
const outArg = args.indexOf('--out');
const out = resolve(root, outArg >= 0 ? args[outArg + 1] : 'dist/static');
/** The attributes of `--attr name=value`, set on every chart as they are (text). */
export const attributesOf = (list) =>
  Object.fromEntries(
    list.flatMap((arg, i) => {
      if (list[i - 1] != '--attr') return [];
      const at = arg.indexOf('=');
      if (at < 1) throw new Error(`--attr ${arg}: write --attr name=value`);
      return [[arg.slice(0, at), arg.slice(at + 1)]];
    }),
  );
const attributes = attributesOf(args);

export const LANGUAGES = ['nl', 'en', 'fr'];
export const LAYOUTS = { narrow: 360, wide: 720 };
const presets = JSON.parse(readFileSync(join(root, 'src/builder/presets.json'), 'utf8'));

/** The part of a file name that names the options: `platform-instagram-year-2017`, or `default`. */
export const optionsSlug = (options) =>
  Object.entries(options)
    .map(([key, value]) => `${key}-${value}`)
    .join('-') || 'default';

/** The charts to draw: every preset, or for `--sample` the first preset of two elements. */
function jobs() {
  const list = [];
  for (const [tag, options] of Object.entries(presets)) {
    if (sample && tag != 'adoption-chart' && tag != 'survey-figure') continue;
    for (const o of sample ? options.slice(0, 1) : options)
      for (const lang of LANGUAGES)
        for (const [layout, width] of Object.entries(LAYOUTS))
          list.push({ tag, options: o, attributes, lang, layout, width });
  }
  return list;
}

/** A loopback server for the repository's files (dist/embed.js and its parts), and the blank page the charts use. */
function serve() {
  const types = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.html': 'text/html' };
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>images</title>
    <link rel="stylesheet" href="/__images.css"><script src="/dist/embed.js"></script></head><body></body></html>`;
  const css = `body { margin: 0; background: #fff; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path == '/__images.html' || path == '/__images.css') {
      res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/css' });
      return res.end(path.endsWith('.html') ? page : css);
    }
    const file = join(root, path);
    if (!file.startsWith(root + 'dist' + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * In the page: draws one chart at `width`, clicks its SVG and PNG download buttons and hands back the files (the
 * page's link clicks are caught), with the chart's title and summary.
 */
async function drawAndSave({ tag, options, attributes, lang, width }) {
  const saved = [];
  HTMLAnchorElement.prototype.click = function () {
    saved.push(fetch(this.href).then((r) => r.blob()));
  };
  const wait = async (ok, what) => {
    for (let t = 0; t < 200; t++) {
      const value = ok();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`<${tag}> ${JSON.stringify(options)} ${lang}: ${what}`);
  };
  document.body.replaceChildren();
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries({ ...options, ...attributes })) el.setAttribute(key, value);
  el.setAttribute('lang', lang);
  el.setAttribute('theme', 'light');
  el.setAttribute('download', 'svg png');
  box.append(el);
  document.body.append(box);
  const part = (name) => el.shadowRoot?.querySelector(`[part~="${name}"]`);
  await wait(() => el.shadowRoot?.querySelector('svg .hit') && part('download'), 'not drawn');
  const problem = part('error');
  if (problem) throw new Error(`<${tag}> ${JSON.stringify(options)}: ${problem.textContent}`);
  const button = (format) =>
    [...el.shadowRoot.querySelectorAll('[part~="download"]')].find((b) => b.textContent.includes(format));
  button('SVG').click();
  await wait(() => saved.length == 1, 'no SVG');
  button('PNG').click();
  await wait(() => saved.length == 2, 'no PNG');
  const [svg, png] = await Promise.all(saved);
  const bytes = new Uint8Array(await png.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return {
    svg: await svg.text(),
    png: btoa(binary),
    title: part('title').textContent.trim(),
    alt: part('summary').textContent.trim(),
  };
}

/** Width and height of an SVG file, from its root element's attributes. */
const svgSize = (text) => {
  const tag = text.match(/<svg\b[^>]*>/)[0];
  const number = (name) => Number(tag.match(new RegExp(`\\s${name}="([\\d.]+)"`))[1]);
  return { width: number('width'), height: number('height') };
};
/** Width and height of a PNG, from its header. */
export const pngSize = (buffer) => ({ width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) });

async function main() {
  if (!existsSync(join(root, 'dist/embed.js'))) throw new Error('dist/embed.js is missing: run `npm run build` first.');
  const executablePath = CHROME_PATH;
  if (!existsSync(executablePath))
    throw new Error(`No browser at ${executablePath}: install chromium or set CHROME_PATH.`);
  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', ...CHROME_ARGS],
  });
  const started = Date.now();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1200 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const problems = [];
    page.on('console', (m) => m.type() == 'warn' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/__images.html`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const index = [];
    for (const job of jobs()) {
      const file = `${job.tag}-${optionsSlug(job.options)}-${job.lang}-${job.layout}`;
      const drawn = await page.evaluate(drawAndSave, job);
      const png = Buffer.from(drawn.png, 'base64');
      // The chart's height may be a fraction of a pixel; the PNG has whole pixels, and the page whole CSS pixels.
      const exact = svgSize(drawn.svg);
      const size = { width: Math.round(exact.width), height: Math.round(exact.height) };
      const pixels = pngSize(png);
      if (Math.abs(pixels.width - size.width * 2) > 1 || Math.abs(pixels.height - size.height * 2) > 1)
        throw new Error(`${file}: the PNG is ${pixels.width}x${pixels.height}, not twice ${size.width}x${size.height}`);
      writeFileSync(join(out, `${file}.svg`), drawn.svg);
      writeFileSync(join(out, `${file}.png`), png);
      index.push({
        file: `${file}.png`,
        svg: `${file}.svg`,
        tag: job.tag,
        options: job.options,
        lang: job.lang,
        layout: job.layout,
        width: size.width,
        height: size.height,
        alt: drawn.alt,
        title: drawn.title,
        ...(Object.keys(attributes).length ? { attributes } : {}),
      });
    }
    if (problems.length) throw new Error(`the page warned:\n${problems.join('\n')}`);
    writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`images: ${index.length} charts as SVG and PNG in ${out.replace(root, '')}/ (${seconds} s)`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) == fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`images: ${e.message}`);
    process.exit(1);
  });
}
