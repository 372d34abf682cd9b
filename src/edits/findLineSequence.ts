/**
 * All start indices where `needle` occurs as a contiguous run in `haystack`
 * (overlapping runs included), using Knuth-Morris-Pratt over whole lines so
 * the cost is linear in the number of lines. Stops after `limit` hits.
 */
export function findLineSequence(haystack: readonly string[], needle: readonly string[], limit = 50): number[] {
  const m = needle.length;
  if (m === 0 || m > haystack.length) return [];
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && needle[i] !== needle[k]) k = fail[k - 1] ?? 0;
    if (needle[i] === needle[k]) k++;
    fail[i] = k;
  }
  const hits: number[] = [];
  for (let i = 0, k = 0; i < haystack.length; i++) {
    while (k > 0 && haystack[i] !== needle[k]) k = fail[k - 1] ?? 0;
    if (haystack[i] === needle[k]) k++;
    if (k === m) {
      hits.push(i - m + 1);
      if (hits.length >= limit) break;
      k = fail[k - 1] ?? 0;
    }
  }
  return hits;
}
