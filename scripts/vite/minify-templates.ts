import type { Plugin } from 'vite';

/**
 * Vite plugin: collapses the white space of Lit's tagged templates (html``, svg``, css``) in src/, which the
 * JS minifier keeps verbatim. Only the static parts change; `${…}` expressions are copied as they are
 * (templates nested inside them are minified too). Rules:
 * - css: comments dropped, white space around { } : ; , > removed, other runs become one space; `0.5em` is
 *   `.5em`, `#ffffff` is `#fff`, `[a='b']` is `[a=b]`;
 * - html/svg: a run of white space that holds a line break becomes nothing between two tags (`>` … `<`)
 *   and one space elsewhere; runs without a line break are kept, so `<b>a</b> <i>b</i>` keeps its space.
 *   In svg, where white space between elements draws nothing, such a run also goes between a tag and `${…}`
 *   or between two `${…}`. Attribute values of letters, digits and `-_.#%` lose their quotes.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      return { code: minifySource(code), map: null };
    },
  };
}

const minifyCss = (s: string) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/ !important/g, '!important')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .replace(/\[([\w-]+[~|^$*]?)='([a-z][\w-]*)'\]/gi, '[$1=$2]');

const minifyMarkup = (s: string) =>
  s
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/="([\w.#%-]+)"/g, '=$1');
/** svg: `s` is a static part between `${…}`s (or the template's ends), so a run at its edge touches an expression. */
const minifySvg = (s: string) => minifyMarkup(s.replace(/^\s*\n\s*(?=<|$)/, '').replace(/(^|>)\s*\n\s*$/, '$1'));

/** Rewrites every tagged template of the source; exported for tests. */
export function minifySource(code: string): string {
  let out = '';
  let i = 0;
  // A tag, or a comment to copy as it is (a comment may name a tag: "the css`…` of …").
  const tag = /\b(html|svg|css)`|\/\/.*|\/\*[\s\S]*?\*\//g;
  while (i < code.length) {
    tag.lastIndex = i;
    const m = tag.exec(code);
    if (!m) break;
    if (!m[1]) {
      out += code.slice(i, tag.lastIndex);
      i = tag.lastIndex;
      continue;
    }
    out += code.slice(i, m.index) + m[1] + '`';
    const end = readTemplate(
      code,
      m.index + m[0].length,
      m[1] === 'css' ? minifyCss : m[1] === 'svg' ? minifySvg : minifyMarkup,
    );
    out += end.text;
    i = end.next;
  }
  return out + code.slice(i);
}

/** Reads a template body from `start` (after the backtick) to its closing backtick, minifying static parts. */
function readTemplate(code: string, start: number, minify: (s: string) => string): { text: string; next: number } {
  let text = '';
  let chunk = '';
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      chunk += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      return { text: text + minify(chunk) + '`', next: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      text += minify(chunk) + '${';
      chunk = '';
      const expr = readExpression(code, i + 2);
      text += minifySource(expr.text) + '}';
      i = expr.next;
    } else {
      chunk += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Reads a `${…}` expression up to its closing brace, skipping strings, comments and nested templates. */
function readExpression(code: string, start: number): { text: string; next: number } {
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === "'" || c === '"') {
      i++;
      while (code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      // A comment (it may hold an apostrophe or a brace): to its end.
      const end = code[i + 1] === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i) + 1;
      i = end < 1 ? code.length : end + 1;
    } else if (c === '`') {
      i = skipTemplate(code, i + 1);
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0) return { text: code.slice(start, i), next: i + 1 };
      depth--;
      i++;
    } else i++;
  }
  throw new Error('unterminated template expression');
}

function skipTemplate(code: string, i: number): number {
  while (i < code.length) {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '`') return i + 1;
    else if (code[i] === '$' && code[i + 1] === '{') i = readExpression(code, i + 2).next;
    else i++;
  }
  throw new Error('unterminated template literal');
}
