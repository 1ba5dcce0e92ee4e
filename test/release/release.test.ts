import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/tags.js';
import pkg from '../../package.json';

/**
 * release/, written by `npm run release` (CI runs it before the tests): the npm package and release/site/, the site
 * to host. Skipped, with a message, when release/ is absent (`npm test` alone does not write it).
 *
 * The test server rewrites every .js file it serves (it compiles it and adds a source map), so the hashes are
 * checked against the files in the npm package, read from the tarball, which it serves as it is; the release script
 * checks the site's own copies against integrity.json when it writes them (scripts/release.mjs, checkSite).
 */
const SITE = '/release/site';
const TARBALL = `/release/${pkg.name}-${pkg.version}.tgz`;
const SCRIPTS = [
  'embed.js',
  'embed-en.js',
  'embed-fr.js',
  'embed-data.js',
  'embed-downloads.js',
  'frame.js',
  'frame-resize.js',
  'builder.js',
];

interface ImageEntry {
  tag: string;
  lang: string;
  layout: string;
  width: number;
  height: number;
  alt: string;
}

/** The test server serves a .json file as a module (its esbuild plugin), so JSON is imported, not fetched. */
const json = <T>(url: string): Promise<T | null> =>
  import(url).then((m: { default: T }) => m.default).catch(() => null);

const sri = async (bytes: ArrayBuffer | Uint8Array) => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes as BufferSource));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
};

/** The files of a .tgz, by path (npm's tarballs put everything under `package/`). */
async function untar(gzipped: ArrayBuffer): Promise<Map<string, Uint8Array>> {
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  const tar = new Uint8Array(await new Response(stream).arrayBuffer());
  const text = (from: number, length: number) =>
    new TextDecoder().decode(tar.subarray(from, from + length)).replace(/\0.*$/s, '');
  const files = new Map<string, Uint8Array>();
  // Each entry: a 512-byte header (name, size in octal, type, prefix), then its data padded to 512 bytes.
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0;) {
    const size = parseInt(text(at + 124, 12).trim(), 8);
    const type = text(at + 156, 1);
    const prefix = text(at + 345, 155);
    const name = (prefix ? `${prefix}/` : '') + text(at, 100);
    if (type === '0' || type === '') files.set(name, tar.slice(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

describe('the release (release/)', function () {
  let integrity: Record<string, string> | null = null;

  before(async function () {
    integrity = await json<Record<string, string>>(`${SITE}/dist/integrity.json`);
    if (!integrity) {
      console.warn('release/site/dist/integrity.json is absent: the release tests are skipped. Run `npm run release`.');
      this.skip();
    }
  });

  it('release/site has the demo, the builder, the iframe page, the scripts, the images and the Storybook', async () => {
    const files = [
      'index.html',
      'builder.html',
      'demo/article.css',
      'dist/frame.html',
      'storybook/index.html',
      ...SCRIPTS.map((name) => `dist/${name}`),
    ];
    for (const file of files) {
      const response = await fetch(`${SITE}/${file}`, { method: 'HEAD' });
      expect(response.status, file).to.equal(200);
    }
    expect((await fetch(TARBALL, { method: 'HEAD' })).status, TARBALL).to.equal(200);
  });

  it('the pages load their scripts and styles by relative paths', async () => {
    for (const page of ['index.html', 'builder.html', 'dist/frame.html']) {
      const html = await (await fetch(`${SITE}/${page}`)).text();
      // Less the test server's own script, which it adds to every page it serves.
      const urls = [...html.matchAll(/\s(?:src|href)="([^"#][^"]*)"/g)]
        .map((m) => m[1])
        .filter((url) => !url.startsWith('/__web-dev-server'));
      expect(urls.length, page).to.be.greaterThan(0);
      for (const url of urls) expect(url, `${page}: ${url}`).to.match(/^(\.\/|[\w-]+\.(js|css|html)$|[\w-]+\/)/);
    }
  });

  it('dist/static/index.json: every element in nl, en and fr, narrow and wide, with alt, width and height', async () => {
    const index = await json<ImageEntry[]>(`${SITE}/dist/static/index.json`);
    expect(index, 'index.json').to.be.an('array');
    for (const tag of TAGS)
      for (const lang of ['nl', 'en', 'fr'])
        for (const layout of ['narrow', 'wide'])
          expect(
            index!.some((e) => e.tag === tag && e.lang === lang && e.layout === layout),
            `${tag} ${lang} ${layout}`,
          ).to.equal(true);
    for (const e of index!) {
      expect(e.alt.length, `${e.tag} alt`).to.be.greaterThan(10);
      expect(e.width > 0 && e.height > 0, `${e.tag} size`).to.equal(true);
    }
  });

  it('integrity.json holds the SHA-384 of every script pages load, as the npm package has them', async () => {
    expect(Object.keys(integrity!).sort()).to.deep.equal([...SCRIPTS].sort());
    const files = await untar(await (await fetch(TARBALL)).arrayBuffer());
    const packed = JSON.parse(new TextDecoder().decode(files.get('package/dist/integrity.json')));
    expect(packed, 'the package and the site have the same integrity.json').to.deep.equal(integrity);
    for (const name of SCRIPTS) {
      const bytes = files.get(`package/dist/${name}`);
      expect(bytes, `package/dist/${name}`).to.exist;
      expect(await sri(bytes!), name).to.equal(integrity![name]);
    }
  });

  it('the npm package has every file package.json exports and custom-elements.json names', async () => {
    const files = await untar(await (await fetch(TARBALL)).arrayBuffer());
    const targets = new Set<string>([pkg.customElements, (pkg as Record<string, unknown>)['web-types'] as string]);
    const collect = (node: unknown) => {
      if (typeof node === 'string') targets.add(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(collect);
    };
    collect(pkg.exports);
    expect(files.has('package/custom-elements.json'), 'package/custom-elements.json').to.equal(true);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('package/custom-elements.json')));
    for (const m of manifest.modules as { path: string; typeDefinitionPath?: string }[]) {
      targets.add(m.path);
      if (m.typeDefinitionPath) targets.add(m.typeDefinitionPath);
    }
    for (const target of targets) {
      const path = `package/${target.replace(/^\.\//, '')}`;
      expect(files.has(path), path).to.equal(true);
    }
    // The editor and framework files generated from the manifest (README, Editors and frameworks).
    for (const name of ['vscode.html-custom-data.json', 'web-types.json', 'jsx.d.ts', 'react-jsx.d.ts', 'vue.d.ts'])
      expect(files.has(`package/dist/${name}`), name).to.equal(true);
  });

  /** A page with one English chart, then embed.js; `pin` puts the hash of embed.js (as served here) on its tag. */
  async function englishChart(pin: boolean) {
    const src = `${SITE}/dist/embed.js`;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;left:0;top:0;width:700px;height:600px;border:0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
      <body><adoption-chart platform="instagram"></adoption-chart></body></html>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const warnings: string[] = [];
    const win = frame.contentWindow as Window & typeof globalThis;
    win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const script = doc.createElement('script');
    script.src = src;
    if (pin) {
      script.integrity = await sri(await (await fetch(src)).arrayBuffer());
      script.crossOrigin = 'anonymous';
    }
    doc.head.append(script);
    const part = () => doc.querySelector<HTMLScriptElement>('script[src*="embed-en.js"]');
    await waitUntil(part, 'embed.js did not ask for embed-en.js', { timeout: 6000 });
    const figureLang = () =>
      doc.querySelector('adoption-chart')!.shadowRoot?.querySelector<HTMLElement>('figure:not(.provisional figure)')
        ?.lang; // the figure shown, not the one held
    return { frame, warnings, part: part()!, figureLang };
  }

  it('embed.js pinned by its hash pins its parts by theirs, and a part that differs from its hash is refused', async () => {
    const { frame, warnings, part, figureLang } = await englishChart(true);
    expect(part.integrity).to.equal(integrity!['embed-en.js']);
    expect(part.crossOrigin).to.equal('anonymous');
    // The test server serves embed-en.js rewritten, as a tampered copy would be: the browser refuses it, and the
    // chart goes on in Dutch, marked as such, with one warning.
    await waitUntil(() => warnings.some((w) => w.includes('embed-en.js could not be loaded')), 'no warning', {
      timeout: 6000,
    });
    await waitUntil(() => figureLang() === 'nl', `the chart's language: ${figureLang()}`, { timeout: 6000 });
    frame.remove();
  });

  it('embed.js without a hash loads its parts as before, unpinned', async () => {
    const { frame, warnings, part, figureLang } = await englishChart(false);
    expect(part.integrity).to.equal('');
    expect(part.crossOrigin).to.equal(null);
    await waitUntil(() => figureLang() === 'en', `the chart's language: ${figureLang()}`, { timeout: 6000 });
    expect(warnings).to.deep.equal([]);
    frame.remove();
  });
});
