import { expect } from '@open-wc/testing';
import { compactLabel, longLabel, percent, positionOf } from '../../src/core/format.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { formatLocale } from 'd3-format';
import { survey } from '../../src/data/survey.js';

const f = (id: string) => survey.findings.find((x) => x.id === id)!;
const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');

describe('labels say how exact a figure is', () => {
  const cases: [string, string, string, string, string][] = [
    // id, compact nl, long nl, compact en, long en
    ['ocmw-social-media-2017', '67%', '67%', '67%', '67%'],
    ['ocmw-instagram-2017', '≈ 1 op 3', 'ongeveer 1 op 3 (≈ 33%)', '≈ 1 in 3', 'about 1 in 3 (≈ 33%)'],
    ['municipality-whatsapp-2017', '> 1 op 10', 'meer dan 1 op 10 (> 10%)', '> 1 in 10', 'more than 1 in 10 (> 10%)'],
    ['municipality-instagram-2017', '< 2 op 3', 'bijna 2 op 3 (< 67%)', '< 2 in 3', 'almost 2 in 3 (< 67%)'],
    ['ocmw-instagram-2016', '≈ 0', 'verwaarloosbaar', '≈ 0', 'negligible'],
    ['ocmw-whatsapp-2017', 'geen cijfer', 'geen cijfer', 'no figure', 'no figure'],
  ];
  for (const [id, cnl, lnl, cen, len] of cases) {
    it(id, () => {
      expect(nb(compactLabel(f(id), nl))).to.equal(cnl);
      expect(nb(longLabel(f(id), nl))).to.equal(lnl);
      expect(nb(compactLabel(f(id), en))).to.equal(cen);
      expect(nb(longLabel(f(id), en))).to.equal(len);
    });
  }
  it('keeps the words of a fraction together in a compact label, not in a sentence', () => {
    expect(compactLabel(f('municipality-whatsapp-2017'), nl)).to.equal('>\u202F1\u00A0op\u00A010');
    expect(longLabel(f('municipality-whatsapp-2017'), en)).to.equal('more than 1 in 10 (>\u202F10%)');
  });
  it('says when the article is silent', () => {
    expect(compactLabel(null, nl)).to.equal('niet in het artikel');
    expect(longLabel(null, en)).to.equal('not in the article');
  });
  it('gives a fraction its percentage in the language of the text', () => {
    const f = { share: 1 / 3, fraction: [1, 3] as [number, number], precision: 'about' as const };
    expect(longLabel(f, fr)).to.equal('environ 1 sur 3 (≈\u202F33\u00A0%)');
  });
  it('places negligible at zero and no-number nowhere', () => {
    expect(positionOf(f('ocmw-instagram-2016'))).to.equal(0);
    expect(positionOf(f('ocmw-whatsapp-2017'))).to.equal(null);
    expect(positionOf(null)).to.equal(null);
  });
});

describe('percent: whole percentages by d3-format, per language', () => {
  // share, then nl, en and fr (French puts a no-break space before the sign)
  const cases: [number, string, string, string][] = [
    [0, '0%', '0%', '0\u00A0%'],
    [0.45, '45%', '45%', '45\u00A0%'],
    [1, '100%', '100%', '100\u00A0%'],
    [1 / 3, '33%', '33%', '33\u00A0%'],
    [2 / 3, '67%', '67%', '67\u00A0%'],
    [0.125, '13%', '13%', '13\u00A0%'],
    [0.57, '57%', '57%', '57\u00A0%'],
    [1 - 0.57, '43%', '43%', '43\u00A0%'],
  ];
  for (const [share, inNl, inEn, inFr] of cases)
    it(`${share}`, () => {
      expect(percent(share, nl)).to.equal(inNl);
      expect(percent(share, en)).to.equal(inEn);
      expect(percent(share, fr)).to.equal(inFr);
    });
  it('follows the language for other numbers too', () => {
    expect(formatLocale(nl.number).format(',.1f')(1234.5)).to.equal('1.234,5');
    expect(formatLocale(en.number).format(',.1f')(1234.5)).to.equal('1,234.5');
    expect(formatLocale(fr.number).format(',.1f')(1234.5)).to.equal('1\u202F234,5');
  });
});
