import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { elements } from '../../src/elements.js';

/** Flattens an element's styles (a CSSResult, a list of them, or nested lists) into one stylesheet text. */
const textOf = (styles: CSSResultGroup | undefined): string =>
  !styles
    ? ''
    : Array.isArray(styles)
      ? styles.map(textOf).join('\n')
      : String((styles as { cssText: string }).cssText);

interface Declaration {
  selector: string;
  property: string;
  value: string;
  /** Inside an `@supports` rule whose condition tests light-dark(). */
  guarded: boolean;
  /** Inside any other conditional rule (@media, @supports): not a fallback for the plain case. */
  conditional: boolean;
}

/** Every declaration of a stylesheet in order, with the rules around it. */
function declarations(sheet: CSSStyleSheet): Declaration[] {
  const out: Declaration[] = [];
  const walk = (rules: CSSRuleList, guarded: boolean, conditional: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule)
        for (const property of rule.style)
          out.push({
            selector: rule.selectorText,
            property,
            value: rule.style.getPropertyValue(property),
            guarded,
            conditional,
          });
      else if (rule instanceof CSSSupportsRule)
        walk(rule.cssRules, guarded || rule.conditionText.includes('light-dark('), true);
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules, guarded, true);
    }
  };
  walk(sheet.cssRules, false, false);
  return out;
}

/**
 * light-dark() is not understood by Safari before 17.5, Firefox before 120 or Chrome before 123. Every colour given
 * with it has a plain light value declared before it, for the same selector and property, outside any condition;
 * the light-dark() one sits in `@supports (color: light-dark(...))`, so that older browsers keep the plain one (a
 * custom property takes any value: unguarded, the later declaration would win everywhere and leave old browsers
 * with no colour at all).
 */
describe('light-dark() fallbacks', () => {
  for (const [tag, element] of Object.entries(elements)) {
    it(`gives every light-dark() colour of <${tag}> a plain light fallback declared before it`, () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(textOf((element as unknown as { styles?: CSSResultGroup }).styles));
      const all = declarations(sheet);
      const themed = all.filter((d) => d.value.includes('light-dark('));
      expect(themed.length, 'the styles give colours with light-dark()').to.be.above(0);
      for (const d of themed) {
        const where = `${d.selector} { ${d.property} }`;
        expect(d.guarded, `${where} is inside @supports (color: light-dark(...))`).to.equal(true);
        const plain = all
          .slice(0, all.indexOf(d))
          .find(
            (p) =>
              p.selector === d.selector &&
              p.property === d.property &&
              !p.conditional &&
              !p.value.includes('light-dark('),
          );
        expect(plain, `${where} has a plain value declared before it`).to.not.equal(undefined);
        // The fallback is the light colour: the first argument of light-dark().
        const light = /light-dark\(\s*([^,]+),/.exec(d.value)![1].trim();
        expect(plain!.value.replace(/\s/g, ''), where).to.contain(light.replace(/\s/g, ''));
      }
    });
  }
});
