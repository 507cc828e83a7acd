/**
 * What the pages built for each pair of editions share (the comparison at /compare/OLD/NEW/ and its
 * action plan): their routes, and the comparison each one renders.
 */
import { getSite } from '../index.ts';
import { compareEditions, editionPairs } from './compare-editions.ts';

/** getStaticPaths for a page per (older, newer) pair of editions. */
export function pairPaths() {
  return editionPairs(getSite()).map(([older, newer]) => ({ params: { older, newer } }));
}

/** The site, the two edition ids and their comparison, from a pair page's route. */
export function loadPair(params: Record<string, string | undefined>) {
  const a = params.older!;
  const b = params.newer!;
  const site = getSite();
  return { site, a, b, cmp: compareEditions(site, a, b) };
}
