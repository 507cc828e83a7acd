/** Every section and provision id is unique in its edition: ids are addresses. */
import type { ContentError } from '../../validation/content-error.ts';
import { sectionsOf } from '../queries.ts';
import type { Origin, Site } from '../types.ts';

export function checkUniqueIds(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const edition of site.editions) {
    const seen = new Map<string, Origin>();
    const visit = (id: string, at: Origin) => {
      const first = seen.get(id);
      if (!first) return void seen.set(id, at);
      errors.push({
        code: 'duplicate-id', file: at.file, line: at.line,
        message: `The id "${id}" is already used in edition ${edition.id}, at ${first.file}:${first.line}.`,
        fix: 'give one of them a new id (ids are permanent addresses and must be unique in an edition)',
      });
    };
    for (const s of sectionsOf(edition)) {
      visit(s.id, s);
      for (const p of s.provisions) visit(p.id, p);
    }
  }
  return errors;
}
