/**
 * The order of word results, the same in the header typeahead and on the search page: results are
 * put in relevance groups by how close their score is to the best one; within a group the edition
 * in force comes first, then the rest by score. So a near-equal match in the edition in force is
 * never pushed off the short typeahead list by an older edition, and a much better match in an
 * older edition is never buried under weak ones from the edition in force.
 * A query that names an edition ("2018 strategy discussion") puts that edition's results first,
 * each part ranked the same way.
 */

export interface Scored<T> {
  item: T;
  score: number;
  inForce: boolean;
  /** In the edition the query names: ranked before every other result. */
  preferred?: boolean;
}

/** Group boundaries as fractions of the best score: >= 50% is group 0, >= 20% group 1, else 2. */
const GROUPS = [0.5, 0.2];

export function relevanceGroup(score: number, best: number): number {
  if (best <= 0) return 0;
  const i = GROUPS.findIndex((g) => score >= best * g);
  return i < 0 ? GROUPS.length : i;
}

/** Ranks results: the edition named first; then relevance group, the edition in force first, score. Stable for ties. */
export function rankResults<T>(results: Scored<T>[]): T[] {
  if (!results.some((r) => r.preferred)) return rankGroup(results);
  return [...rankGroup(results.filter((r) => r.preferred)), ...rankGroup(results.filter((r) => !r.preferred))];
}

function rankGroup<T>(results: Scored<T>[]): T[] {
  const best = Math.max(0, ...results.map((r) => r.score));
  return results
    .map((r, i) => ({ r, i, group: relevanceGroup(r.score, best) }))
    .sort((a, b) => a.group - b.group || Number(b.r.inForce) - Number(a.r.inForce) || b.r.score - a.r.score || a.i - b.i)
    .map((x) => x.r.item);
}
