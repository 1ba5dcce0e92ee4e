import { expect } from '@open-wc/testing';
import { percentDecimals } from '../../src/data/decimals.js';

describe('percentDecimals: the decimals a percentage needs to write a share as it is', () => {
  const cases: [number, number | null][] = [
    [0.45, 0],
    [0.57, 0],
    [1 - 0.57, 0],
    [0.455, 1],
    [0.1, 0],
    [0.1225, 2],
    [0.32432, null],
    [1 / 3, null],
  ];
  for (const [share, decimals] of cases)
    it(`${share}: ${decimals}`, () => expect(percentDecimals(share)).to.equal(decimals));
});
