import { expect } from '@open-wc/testing';
import { compactLabel, longLabel, percent, positionOf } from '../../src/core/format.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
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
  it('says when the article is silent', () => {
    expect(compactLabel(null, nl)).to.equal('niet in het artikel');
    expect(longLabel(null, en)).to.equal('not in the article');
  });
  it('formats percentages by locale', () => {
    expect(nb(percent('nl-BE', 0.45))).to.equal('45%');
    expect(nb(percent('fr-BE', 0.45))).to.equal('45 %');
  });
  it('writes percentages exactly as Intl does, without its start-up cost', () => {
    const values = [
      0,
      0.001,
      0.005,
      0.13,
      0.565,
      0.57,
      1 / 3,
      2 / 3,
      0.995,
      1,
      ...Array.from({ length: 201 }, (_, i) => i / 200),
    ];
    for (const locale of ['nl-BE', 'en-GB', 'fr-BE'])
      for (const v of values)
        expect(percent(locale, v), `${locale} ${v}`).to.equal(
          new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(v),
        );
  });
  it('places negligible at zero and no-number nowhere', () => {
    expect(positionOf(f('ocmw-instagram-2016'))).to.equal(0);
    expect(positionOf(f('ocmw-whatsapp-2017'))).to.equal(null);
    expect(positionOf(null)).to.equal(null);
  });
});
