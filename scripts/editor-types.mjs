/**
 * Editor and framework files, generated from custom-elements.json by `npm run build` (after `npm run analyze`) into
 * dist/, where the package ships them:
 *
 * - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code's custom data (tags, attributes
 *   with the values their types list, `--chart-*` properties and parts), for `html.customData` / `css.customData`;
 * - dist/web-types.json: JetBrains web-types (package.json's `web-types` names it; WebStorm reads it by itself);
 * - dist/jsx.d.ts: the props of each element for JSX (attributes, properties, `on<event>` handlers), typed with the
 *   element class's own property types, and `CustomElements`, the map from tag to props;
 * - dist/react-jsx.d.ts: React's `JSX.IntrinsicElements` for every tag, from dist/jsx.d.ts;
 * - dist/vue.d.ts: Vue's `GlobalComponents` for every tag (handlers as `onChartSelect`, for `@chart-select`).
 *
 * Everything comes from the manifest: every element with a `tagName`, its attributes, its public properties and its
 * events. Nothing here lists a tag, an attribute or an event, so what the JSDoc adds shows up in the next build.
 * test/package/editor-types.test.ts checks the files against the manifest and type-checks a TSX fixture.
 *
 * Why not the generators of break-stuff/cem-tools (custom-element-vs-code-integration 1.5, -jet-brains-integration
 * 1.8, -jsx-integration 1.6, -vuejs-integration 1.4): tried on this manifest, they typed `lang` (an attribute with no
 * class field) as `AdoptionChart["undefined"]`, every event as `CustomEvent<never>`, wrote empty "Methods" sections
 * into every description, and pulled in Prettier through a worker for formatting. This script is the part of them
 * this package needs.
 *
 * `node scripts/editor-types.mjs [manifest] [outdir]` (defaults: custom-elements.json, dist).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The custom elements of a manifest, each with its module's path. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, modulePath: mod.path })),
  );
}

/**
 * The values a manifest type lists: `'a' | 'b' | 2016 | undefined` gives ['a', 'b', '2016']; a type with no
 * literal (`string`, `Topic`) gives none.
 */
export function valuesOf(typeText = '') {
  return typeText
    .split('|')
    .map((v) => v.trim())
    .filter((v) => /^'[^']*'$|^"[^"]*"$|^-?\d+(\.\d+)?$/.test(v))
    .map((v) => v.replace(/^['"]|['"]$/g, ''));
}

/** The public instance fields of an element that no attribute sets (such as `data`). */
const propertiesOf = (el) => {
  const byAttribute = new Set((el.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  return (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('_') && !byAttribute.has(m.name),
  );
};

/** `chart-select` as `ChartSelect`. */
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

/** Summary and description of an element, as one text. */
const about = (el) => [el.summary, el.description].filter(Boolean).join('\n\n');

// VS Code ----------------------------------------------------------------------------------------------------------

export function vsCodeHtmlData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: [
        about(el),
        (el.events ?? []).length
          ? `Events: ${el.events.map((e) => `\`${e.name}\`: ${e.description ?? ''}`).join('; ')}`
          : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      attributes: (el.attributes ?? []).map((a) => ({
        name: a.name,
        description: [a.description, a.default ? `Default: ${a.default}` : ''].filter(Boolean).join('\n\n'),
        ...(valuesOf(a.type?.text).length ? { values: valuesOf(a.type?.text).map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

export function vsCodeCssData(manifest) {
  const properties = new Map();
  const parts = new Map();
  for (const el of elementsOf(manifest)) {
    for (const p of el.cssProperties ?? []) if (!properties.has(p.name)) properties.set(p.name, p.description ?? '');
    for (const p of el.cssParts ?? []) if (!parts.has(p.name)) parts.set(p.name, p.description ?? '');
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...properties].map(([name, description]) => ({ name, description })),
    pseudoElements: [...parts].map(([name, description]) => ({ name: `::part(${name})`, description })),
  };
}

// JetBrains -------------------------------------------------------------------------------------------------------

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: about(el),
          source: { module: `./${el.modulePath}`, symbol: el.name },
          attributes: (el.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            ...(a.default ? { default: a.default } : {}),
            value: { type: a.type?.text ?? 'string', required: false },
            ...(valuesOf(a.type?.text).length ? { values: valuesOf(a.type?.text).map((name) => ({ name })) } : {}),
          })),
          js: {
            properties: [
              ...(el.attributes ?? []).filter((a) => a.fieldName),
              ...propertiesOf(el).map((m) => ({ ...m, fieldName: m.name })),
            ].map((p) => ({ name: p.fieldName, description: p.description ?? '', type: p.type?.text ?? 'unknown' })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
          css: {
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

// JSX and Vue types -----------------------------------------------------------------------------------------------

const HEADER = '// Generated from custom-elements.json by scripts/editor-types.mjs (npm run build): do not edit.\n';

/** A JSDoc comment, indented; `*\/` in the text cannot end it. */
const doc = (text, indent = '  ') =>
  text
    ? `${indent}/**\n${text
        .replace(/\*\//g, '*\\/')
        .split('\n')
        .map((line) => `${indent} * ${line}`.trimEnd())
        .join('\n')}\n${indent} */\n`
    : '';

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** dist/jsx.d.ts: `<Name>Attributes` and `<Name>Events` per element, and `CustomElements`. */
export function jsxTypes(manifest) {
  const els = elementsOf(manifest);
  let out = `${HEADER}/**
 * The props of each element of lokale-besturen-charts in JSX: its attributes and properties, typed with the element's
 * own property types, and an \`on<event>\` handler per event (React 19 and Preact listen to \`onchart-select\` as the
 * \`chart-select\` event). React: \`import type {} from 'lokale-besturen-charts/react-jsx'\`; Vue:
 * \`import type {} from 'lokale-besturen-charts/vue'\`; another JSX framework: extend its \`IntrinsicElements\` with
 * \`CustomElements\`.
 */
`;
  for (const el of els) out += `import type { ${el.name} } from './${el.modulePath.replace(/^dist\//, '')}';\n`;
  out += `
/** An event of the elements by its name, as \`HTMLElementEventMap\` types it (a plain \`CustomEvent\` otherwise). */
export type ChartEvent<Name extends string> = Name extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[Name]
  : CustomEvent<unknown>;
`;
  for (const el of els) {
    const attributes = el.attributes ?? [];
    const names = new Set(attributes.map((a) => a.name));
    out += `\n${doc(`Attributes and properties of \`<${el.tagName}>\`.`, '')}export interface ${el.name}Attributes {\n`;
    for (const a of attributes) {
      // An attribute of a field of the same name is set as that property (React 19, Vue): the field's type. Any
      // other is set as an attribute, a string: the values its type lists are suggested.
      const values = valuesOf(a.type?.text);
      const type =
        a.fieldName === a.name
          ? `${el.name}[${JSON.stringify(a.fieldName)}]`
          : values.length
            ? `${values.map((v) => JSON.stringify(v)).join(' | ')} | (string & {})`
            : 'string';
      out += `${doc(a.description ?? '')}  ${key(a.name)}?: ${type};\n`;
    }
    const properties = [
      ...attributes.filter((a) => a.fieldName && a.fieldName !== a.name).map((a) => ({ ...a, name: a.fieldName })),
      ...propertiesOf(el),
    ].filter((p) => !names.has(p.name));
    for (const p of properties)
      out += `${doc(p.description ?? '')}  ${key(p.name)}?: ${el.name}[${JSON.stringify(p.name)}];\n`;
    out += `}\n\n${doc(`Event handlers of \`<${el.tagName}>\`, as React 19 and Preact name them.`, '')}export interface ${el.name}Events {\n`;
    for (const e of el.events ?? [])
      out += `${doc(e.description ?? '')}  'on${e.name}'?: (event: ChartEvent<'${e.name}'>) => void;\n`;
    out += '}\n';
  }
  out += `\n/** Every element's props by its tag. */\nexport interface CustomElements {\n`;
  for (const el of els) out += `${doc(el.summary ?? '')}  '${el.tagName}': ${el.name}Attributes & ${el.name}Events;\n`;
  return `${out}}\n`;
}

/** dist/react-jsx.d.ts: React's intrinsic elements. */
export function reactJsxTypes(manifest) {
  const els = elementsOf(manifest);
  let out = `${HEADER}/**
 * Every element of lokale-besturen-charts in React's \`JSX.IntrinsicElements\`, with typed attribute values and
 * events: \`import type {} from 'lokale-besturen-charts/react-jsx'\` once in the project (React 19 sets the
 * properties and listens to \`onchart-select\`). For components with \`onChartSelect\`, see \`lokale-besturen-charts/react\`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomElements } from './jsx.js';
`;
  for (const el of els) out += `import type { ${el.name} } from './${el.modulePath.replace(/^dist\//, '')}';\n`;
  out += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const el of els)
    out += `${doc(el.summary ?? '', '      ')}      '${el.tagName}': DetailedHTMLProps<HTMLAttributes<${el.name}>, ${el.name}> &\n        CustomElements['${el.tagName}'];\n`;
  return `${out}    }\n  }\n}\n`;
}

/** dist/vue.d.ts: Vue's global components, with handlers named as Vue names them (`onChartSelect`). */
export function vueTypes(manifest) {
  const els = elementsOf(manifest);
  let out = `${HEADER}/**
 * Every element of lokale-besturen-charts in Vue's \`GlobalComponents\`, for type-checked templates (vue-tsc,
 * Volar): \`import type {} from 'lokale-besturen-charts/vue'\` once in the project. \`@chart-select\` is the
 * \`onChartSelect\` prop here. Vue still needs \`isCustomElement\` in its compiler options (examples/README.md).
 */
import type { DefineComponent } from 'vue';
import type { ChartEvent } from './jsx.js';
`;
  out += `import type { ${els.map((el) => `${el.name}Attributes`).join(', ')} } from './jsx.js';\n`;
  for (const el of els) {
    out += `\n${doc(`Props of \`<${el.tagName}>\` in Vue.`, '')}export interface ${el.name}VueProps extends ${el.name}Attributes {\n`;
    for (const e of el.events ?? [])
      out += `${doc(e.description ?? '')}  on${pascal(e.name)}?: (event: ChartEvent<'${e.name}'>) => void;\n`;
    out += '}\n';
  }
  out += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of els)
    out += `${doc(el.summary ?? '', '    ')}    '${el.tagName}': DefineComponent<${el.name}VueProps>;\n`;
  return `${out}  }\n}\n`;
}

/** Writes every file into `outdir`; returns their names. */
export function writeEditorTypes(manifest, pkg, outdir) {
  mkdirSync(outdir, { recursive: true });
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  const files = {
    'vscode.html-custom-data.json': json(vsCodeHtmlData(manifest)),
    'vscode.css-custom-data.json': json(vsCodeCssData(manifest)),
    'web-types.json': json(webTypes(manifest, pkg)),
    'jsx.d.ts': jsxTypes(manifest),
    'react-jsx.d.ts': reactJsxTypes(manifest),
    'vue.d.ts': vueTypes(manifest),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outdir, name), text);
  return Object.keys(files);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [manifestFile = 'custom-elements.json', outdir = 'dist'] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'));
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = writeEditorTypes(manifest, pkg, outdir);
  if (!process.argv.includes('--quiet')) console.log(`editor-types: ${files.map((f) => join(outdir, f)).join(', ')}`);
}
