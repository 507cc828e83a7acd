/**
 * The editions form one chain: each names an existing previous edition that came into force
 * before it, and no two editions name the same previous one. Which edition is in force is not
 * checked here: it is worked out from the dates (in-force.ts).
 */
import type { ContentError } from '../../validation/content-error.ts';
import { getEdition } from '../queries.ts';
import { dayOf } from '../in-force.ts';
import type { Site } from '../types.ts';

export function checkEditions(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  const followers = new Map<string, string[]>();
  for (const e of site.editions) {
    const err = (code: string, message: string, fix: string) => errors.push({ code, file: e.file, line: 1, message, fix });
    if (e.inForce.length === 10 && e.published.length === 10 && e.inForce < e.published)
      err('in-force-before-published', `Edition ${e.id} comes into force (${e.inForce}) before it was published (${e.published}).`, 'check both dates against the publication page');
    if (!e.previous) continue;
    followers.set(e.previous, [...(followers.get(e.previous) ?? []), e.id]);
    const prev = getEdition(site, e.previous);
    if (!prev) err('unknown-edition', `Edition ${e.id} names previous edition ${e.previous}, which does not exist.`, 'name an existing edition, or null');
    else if (dayOf(prev.inForce) >= dayOf(e.inForce))
      err('edition-chain', `Edition ${e.id} follows ${prev.id}, but its in-force date (${e.inForce}) is not after ${prev.id}'s (${prev.inForce}).`, `check inForce in editions/${e.id}/edition.yaml and editions/${prev.id}/edition.yaml`);
  }
  for (const [prev, next] of followers)
    if (next.length > 1) {
      const e = getEdition(site, next[1])!;
      errors.push({ code: 'edition-chain', file: e.file, line: 1, message: `Editions ${next.join(' and ')} both name ${prev} as their previous edition.`, fix: 'each edition follows exactly one earlier edition: correct previous: in one of them' });
    }
  return errors;
}
