/**
 * Moves label positions apart so that no two are closer than `gap`, keeping each as near its wish as it can
 * (a group of colliding labels is centred on its wishes) and all within [min, max]. Input order is kept in
 * the output; positions are label centres.
 */
export function dodge(wishes: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wishes.map((_, i) => i).sort((a, b) => wishes[a] - wishes[b] || a - b);
  // Clusters of labels that touch: `sum` is the sum of (wish - k * gap) over the k-th member.
  const clusters: { first: number; n: number; sum: number; top: number }[] = [];
  const place = (c: (typeof clusters)[number]) => {
    c.top = Math.min(Math.max(c.sum / c.n, min), Math.max(min, max - (c.n - 1) * gap));
  };
  order.forEach((i, k) => {
    const c = { first: k, n: 1, sum: wishes[i], top: 0 };
    place(c);
    clusters.push(c);
    while (clusters.length > 1) {
      const a = clusters[clusters.length - 2];
      const b = clusters[clusters.length - 1];
      if (a.top + a.n * gap <= b.top + 1e-9) break;
      for (let m = 0; m < b.n; m++) a.sum += wishes[order[b.first + m]] - (a.n + m) * gap;
      a.n += b.n;
      clusters.pop();
      place(a);
    }
  });
  const out = new Array<number>(wishes.length);
  for (const c of clusters) for (let m = 0; m < c.n; m++) out[order[c.first + m]] = c.top + m * gap;
  return out;
}
