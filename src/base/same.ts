/** True when two lists of inputs hold the same values (`Object.is`), item by item: what memoised work compares. */
export const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
