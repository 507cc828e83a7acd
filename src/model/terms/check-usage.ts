/**
 * One truth across pages: the status content/terms.yaml declares for each name in each edition
 * agrees with the status worked out from the content (usage.ts). A declared "used" needs a
 * confirmed use; "not confirmed" needs a use only in provisions carried forward unconfirmed;
 * "mentioned" needs some use; "not used" needs none. Each disagreement names the file:line of the
 * declaration, what the content shows (with where), and the fix.
 */
import type { Term } from '../../schemas/term.ts';
import type { ContentError } from '../../validation/content-error.ts';
import type { Locate } from '../../validation/zod-issues.ts';
import type { Site } from '../types.ts';
import { statusIn } from './status.ts';
import { computeUsage, type Evidence } from './usage.ts';

const at = (ev: Evidence[]) => {
  const first = ev[0];
  const more = ev.length > 1 ? ` and ${ev.length - 1} more` : '';
  return `${first.what} (${first.file}:${first.line})${more}`;
};

export function checkTermUsage(site: Site, terms: Term[], file: string, locate: Locate): ContentError[] {
  const usage = computeUsage(site, terms);
  const errors: ContentError[] = [];
  terms.forEach((t, i) => t.names.forEach((n, j) => {
    const where = (field: string, edition?: string) => locate([i, 'names', j, field, ...(edition ? [edition] : [])]);
    const err = (field: string, message: string, fix: string, edition?: string) =>
      errors.push({ code: 'term-status-disagrees', file, line: where(field, edition), message: `"${n.term}" ${message}`, fix });
    for (const e of site.editions) {
      const declared = statusIn(n, e.id);
      const computed = usage.status(t.id, j, e.id);
      const ev = usage.evidence(t.id, j, e.id);
      const confirmed = ev.filter((x) => x.confirmed);
      const twice = [n.editions.includes(e.id), n.notConfirmed.includes(e.id), e.id in n.mentioned].filter(Boolean).length > 1;
      if (twice) err('editions', `is declared more than one way for ${e.id} (editions, notConfirmed, mentioned).`, `keep ${e.id} in one of them`);
      else if (declared === 'used' && computed === 'not-confirmed')
        err('editions', `is listed as used in ${e.id}, but only provisions carried forward unconfirmed use it there: ${at(ev)}.`, `move ${e.id} from editions: to notConfirmed:, or confirm one of those provisions from a source`);
      else if (declared === 'used' && computed === 'not-used')
        err('editions', `is listed as used in ${e.id}, but no provision, heading or glossary entry of ${e.id} uses it.`, `remove ${e.id} from editions:, or add the term where a source shows the ${e.id} edition uses it`);
      else if (declared === 'not-confirmed' && computed === 'used')
        err('notConfirmed', `is listed as not confirmed for ${e.id}, but confirmed content of ${e.id} uses it: ${at(confirmed)}.`, `move ${e.id} from notConfirmed: to editions:`);
      else if (declared === 'not-confirmed' && computed === 'not-used')
        err('notConfirmed', `is listed as not confirmed for ${e.id}, but nothing in ${e.id} uses it.`, `remove ${e.id} from notConfirmed:`);
      else if (declared === 'mentioned' && computed === 'not-used')
        err('mentioned', `is listed as mentioned in ${e.id}, but nothing in ${e.id} names it.`, `remove ${e.id} from mentioned:`, e.id);
      else if (declared === 'not-used' && computed === 'used')
        err('editions', `is not listed for ${e.id}, but ${e.id} uses it: ${at(confirmed)}.`, `add ${e.id} to editions:, or, if ${e.id} names it only as a former or replaced name, add it under mentioned: with the reason`);
      else if (declared === 'not-used' && computed === 'not-confirmed')
        err('editions', `is not listed for ${e.id}, but provisions carried forward unconfirmed into ${e.id} use it: ${at(ev)}.`, `add ${e.id} to notConfirmed:`);
    }
  }));
  return errors;
}
