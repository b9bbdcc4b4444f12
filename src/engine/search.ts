// The one binary search the engine's sorted lists need.

/**
 * The first index in [0, length) at which `before(i)` is false, for a `before` that is true
 * on a prefix and false after it (a partition point): O(log length) calls of `before`.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
