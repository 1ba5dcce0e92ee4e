import { expect } from '@open-wc/testing';
import { minifySource } from '../../scripts/vite/minify-templates.js';

/** The build's minifier of Lit templates (embed script only): what it drops, and what it must keep. */
describe('minifySource', () => {
  it('collapses html white space between tags, keeps it between inline text', () => {
    expect(minifySource('html`<p>\n  <b>a</b> <i>b</i>\n</p>`')).to.equal('html`<p><b>a</b> <i>b</i></p>`');
    expect(minifySource('html`<p>\n  ${x}\n  <i>b</i>\n</p>`')).to.equal('html`<p> ${x} <i>b</i></p>`');
  });
  it('drops svg white space between tags and expressions, not next to text', () => {
    expect(minifySource('svg`\n  <g>\n    ${a}\n    ${b}\n  </g>\n`')).to.equal('svg`<g>${a}${b}</g>`');
    expect(minifySource('svg`<text>${a}\n  b</text>`')).to.equal('svg`<text>${a} b</text>`');
  });
  it('unquotes simple attribute values only', () => {
    expect(minifySource('html`<div class="a-b" title="x y" data-k="${k}" d="M0/1"></div>`')).to.equal(
      'html`<div class=a-b title="x y" data-k="${k}" d="M0/1"></div>`',
    );
  });
  it('minifies css: white space, comments, leading zeros, long hex colours', () => {
    expect(minifySource('css`\n  /* c */\n  .a { margin: 0 0 0.5em; color: #ffffff !important; }\n`')).to.equal(
      'css` .a{margin:0 0 .5em;color:#fff!important}`',
    );
  });
  it('unquotes css attribute values that are names', () => {
    expect(minifySource("css`[part='a-b'] x, [id$='-t'] y, [a='1'] z {}`")).to.equal(
      "css`[part=a-b] x,[id$='-t'] y,[a='1'] z{}`",
    );
  });
  it('leaves comments alone, even when they name a tag or hold an apostrophe', () => {
    const code = "// the css` tag\nconst a = html`<p>\n  ${x /* it's { */}\n</p>`; /* html` */";
    expect(minifySource(code)).to.equal("// the css` tag\nconst a = html`<p> ${x /* it's { */} </p>`; /* html` */");
    expect(minifySource('html`<p>\n  ${f(a, // why\n  b)}\n</p>`')).to.equal('html`<p> ${f(a, // why\n  b)} </p>`');
  });
  it('minifies templates nested in expressions', () => {
    expect(minifySource('html`<ul>\n  ${xs.map((x) => html`<li>\n  ${x}\n</li>`)}\n</ul>`')).to.equal(
      'html`<ul> ${xs.map((x) => html`<li> ${x} </li>`)} </ul>`',
    );
  });
});
