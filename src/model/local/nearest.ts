/** The nearest names to one that does not exist, for "did you mean" fixes. */
import { distance } from 'fastest-levenshtein';

export function nearest(target: string, candidates: Iterable<string>, count = 3): string[] {
  const unique = [...new Set(candidates)];
  const score = (c: string) => distance(target, c) - (c.includes(target) || target.includes(c) ? 2 : 0);
  return unique.sort((a, b) => score(a) - score(b) || a.localeCompare(b)).slice(0, count);
}

/** "did you mean a, b or c?" words for a fix, or the fallback when there is nothing near. */
export function suggest(target: string, candidates: Iterable<string>, fallback: string): string {
  const near = nearest(target, candidates);
  if (!near.length) return fallback;
  const quoted = near.map((n) => `"${n}"`);
  return `the nearest ids are ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : quoted[0]}`;
}
