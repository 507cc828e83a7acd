/** The editions form one chain: previous/supersededBy agree, at most one is current. */
import type { ContentError } from '../../validation/content-error.ts';
import { getEdition } from '../queries.ts';
import type { Site } from '../types.ts';

export function checkEditions(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const e of site.editions) {
    const err = (code: string, message: string, fix: string) => errors.push({ code, file: e.file, line: 1, message, fix });
    if ((e.status === 'current') !== (e.supersededBy === null))
      err('status-mismatch', `Edition ${e.id} has status ${e.status} but supersededBy ${e.supersededBy ?? 'null'}.`, 'a current edition has supersededBy: null; a superseded one names its successor');
    // supersededBy may name an edition this site does not (yet) cover: it is still a fact.
    const next = e.supersededBy ? getEdition(site, e.supersededBy) : undefined;
    if (next && next.previous !== e.id)
      err('edition-chain', `Edition ${e.id} says ${next.id} replaced it, but ${next.id} names ${next.previous ?? 'no'} previous edition.`, `set previous: ${e.id} in editions/${next.id}/edition.yaml`);
    if (e.previous) {
      const prev = getEdition(site, e.previous);
      if (!prev) err('unknown-edition', `Edition ${e.id} names previous edition ${e.previous}, which does not exist.`, 'name an existing edition, or null');
      else if (prev.supersededBy !== e.id)
        err('edition-chain', `Edition ${e.id} follows ${prev.id}, but ${prev.id} says it was superseded by ${prev.supersededBy ?? 'nothing'}.`, `set supersededBy: ${e.id} in editions/${prev.id}/edition.yaml`);
    }
  }
  const current = site.editions.filter((e) => e.status === 'current');
  if (current.length > 1)
    errors.push({ code: 'edition-chain', file: (current[1] ?? site.editions.at(-1)!).file, line: 1, message: `${current.length} editions say they are current.`, fix: 'exactly one edition is in force: mark the others superseded' });
  return errors;
}
