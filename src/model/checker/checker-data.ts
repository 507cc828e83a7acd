/**
 * The checker's data, emitted at build time as /check/data.json: the editions and which is in
 * force, the fate in that edition of every chapter, and of every section and provision a citation can
 * reach by number (keyed by the address the citation index gives them), and the outdated terms.
 */
import type { Term } from '../../schemas/term.ts';
import { currentEdition, provisionsOf, sectionsOf } from '../queries.ts';
import { withBase } from '../render-body.ts';
import type { Site } from '../types.ts';
import { chapterFate, provisionFate, sectionFate } from './fates.ts';
import { outdatedTerms } from './outdated-terms.ts';
import { movedDutiesData } from './moved-duties.ts';
import type { CheckerData, Fate } from './types.ts';

export function buildCheckerData(site: Site, terms: Term[], base: string): CheckerData {
  const current = currentEdition(site);
  if (!current) throw new Error('No edition is in force, so the checker has nothing to bring documents up to.');
  const fates: Record<string, Fate> = {};
  for (const e of site.editions) {
    for (const c of e.chapters) fates[withBase(base, c.path)] = chapterFate(site, base, c, current);
    for (const s of sectionsOf(e)) if (s.paras) fates[withBase(base, s.path)] = sectionFate(site, base, s, current);
    for (const p of provisionsOf(e)) if (p.paras) fates[withBase(base, p.path)] = provisionFate(site, base, p, current);
  }
  return {
    current: current.id,
    editions: site.editions.map((e) => ({ id: e.id, title: e.shortTitle, inForce: e.inForce, status: e.status, supersededBy: e.supersededBy, url: withBase(base, e.path) })),
    fates,
    terms: outdatedTerms(site, terms, base, current.id),
    duties: movedDutiesData(site, base, current),
    base,
  };
}
