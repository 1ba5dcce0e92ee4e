/**
 * The README's element API tables, generated from custom-elements.json (pure functions: the CLI is
 * scripts/readme-api.mjs, the drift test test/docs/readme-api.test.ts).
 *
 * Markers in the README:
 * - `<!-- api:start -->` … `<!-- api:end -->`: what every element shares (the attributes and properties of
 *   ChartElement, and the events, CSS custom properties and parts every element declares);
 * - `<!-- api:start <tag> -->` … `<!-- api:end <tag> -->`: what one element adds, under its `### <tag>` prose.
 */

const cell = (s) =>
  String(s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (s) => (s === undefined || s === null || s === '' ? '' : `\`${cell(s)}\``);

/** Every custom element of the manifest, in the manifest's order. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

const names = (list) => new Set((list ?? []).map((x) => x.name));
const common = (decls, key) => {
  if (!decls.length) return new Set();
  const [first, ...rest] = decls.map((d) => names(d[key]));
  return new Set([...first].filter((n) => rest.every((r) => r.has(n))));
};

/** What every element shares: inherited attributes and properties, and events, CSS properties and parts all declare. */
export function sharedApi(manifest) {
  const decls = elementsOf(manifest);
  return {
    attributes: common(decls, 'attributes'),
    events: common(decls, 'events'),
    cssProperties: common(decls, 'cssProperties'),
    cssParts: common(decls, 'cssParts'),
  };
}

const publicProperties = (d) =>
  (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly);

function attributeTable(d, only) {
  const attrs = (d.attributes ?? []).filter((a) => only(a.name));
  const byAttr = new Set(attrs.map((a) => a.fieldName ?? a.name));
  const props = publicProperties(d).filter((m) => only(m.name) && !m.attribute && !byAttr.has(m.name));
  if (!attrs.length && !props.length) return [];
  return [
    '| attribute | property | description | type | default |',
    '|---|---|---|---|---|',
    ...attrs.map(
      (a) =>
        `| ${code(a.name)} | ${code(a.fieldName ?? '')} | ${cell(a.description)} | ${code(a.type?.text)} | ${code(a.default)} |`,
    ),
    ...props.map((m) => `| | ${code(m.name)} | ${cell(m.description)} | ${code(m.type?.text)} | ${code(m.default)} |`),
  ];
}

function namedTable(title, head, list, only) {
  const rows = (list ?? []).filter((x) => only(x.name));
  if (!rows.length) return [];
  return [
    '',
    `**${title}**`,
    '',
    `| ${head} | description |`,
    '|---|---|',
    ...rows.map((x) => `| ${code(x.name)} | ${cell(x.description)} |`),
  ];
}

/** The shared block: from the first element (every element inherits the same), restricted to what all share. */
export function sharedBlock(manifest) {
  const d = elementsOf(manifest)[0];
  if (!d) return '';
  const s = sharedApi(manifest);
  const inherited = (n) => (d.attributes ?? []).concat(d.members ?? []).some((x) => x.name === n && x.inheritedFrom);
  return [
    ...attributeTable(d, inherited),
    ...namedTable('Events', 'event', d.events, (n) => s.events.has(n)),
    ...namedTable('CSS custom properties', 'property', d.cssProperties, (n) => s.cssProperties.has(n)),
    ...namedTable('Parts', 'part', d.cssParts, (n) => s.cssParts.has(n)),
  ].join('\n');
}

/** One element's block: its own attributes, and events, CSS properties and parts the others lack. */
export function elementBlock(manifest, tag) {
  const d = elementsOf(manifest).find((x) => x.tagName === tag);
  const s = sharedApi(manifest);
  const own = (n) => !(d.attributes ?? []).concat(d.members ?? []).some((x) => x.name === n && x.inheritedFrom);
  const lines = [
    ...attributeTable(d, own),
    ...namedTable('Events', 'event', d.events, (n) => !s.events.has(n)),
    ...namedTable('CSS custom properties', 'property', d.cssProperties, (n) => !s.cssProperties.has(n)),
    ...namedTable('Parts', 'part', d.cssParts, (n) => !s.cssParts.has(n)),
  ];
  return lines.length ? lines.join('\n') : '_No attributes of its own: see "Shared by every element"._';
}

const start = (tag) => `<!-- api:start${tag ? ` ${tag}` : ''} -->`;
const end = (tag) => `<!-- api:end${tag ? ` ${tag}` : ''} -->`;
const NOTE = '<!-- Generated from custom-elements.json by `npm run docs`: edit the JSDoc, not this table. -->';

function replaceBlock(text, tag, body) {
  const a = text.indexOf(start(tag));
  const b = text.indexOf(end(tag));
  if (a < 0 || b < a) return null;
  return `${text.slice(0, a)}${start(tag)}\n${NOTE}\n${body}\n${text.slice(b)}`;
}

/** Where an element's markers go when the README has none yet: at the end of its `### <tag>` section. */
function insertMarkers(text, tag) {
  const heading = new RegExp(`^###\\s+\`?<${tag}>\`?\\s*$`, 'm').exec(text);
  if (!heading) return null;
  const after = heading.index + heading[0].length;
  const next = /^#{2,3}\s/m.exec(text.slice(after));
  const at = next ? after + next.index : text.length;
  const before = text.slice(0, at).replace(/\s*$/, '\n\n');
  return `${before}${start(tag)}\n${end(tag)}\n\n${text.slice(at)}`;
}

/**
 * The README with every block regenerated. `problems` lists elements without a section or markers
 * (the README needs a `### <tag>` heading with prose for each element).
 */
export function updateReadme(text, manifest) {
  const problems = [];
  let out = replaceBlock(text, '', sharedBlock(manifest));
  if (out === null) {
    problems.push(`no ${start('')} … ${end('')} block for what every element shares`);
    out = text;
  }
  for (const d of elementsOf(manifest)) {
    const tag = d.tagName;
    if (!out.includes(start(tag))) {
      const inserted = insertMarkers(out, tag);
      if (inserted === null) {
        problems.push(`no "### \`<${tag}>\`" section: add one under "## Elements" (a sentence on what it answers)`);
        continue;
      }
      out = inserted;
    }
    out = replaceBlock(out, tag, elementBlock(manifest, tag)) ?? out;
  }
  return { text: out, problems };
}
