/**
 * How the crosswalk's names changed status from one edition to another, for comparison pages:
 * each name whose status differs (used, not confirmed, mentioned only, not used), in crosswalk order.
 */
import type { Term } from '../../schemas/term.ts';
import { statusIn, type TermStatus } from './status.ts';

export interface TermChange {
  termId: string;
  name: string;
  acronym?: string;
  from: TermStatus;
  to: TermStatus;
  /** Why the newer edition names it only as a former name, where it does. */
  mentioned?: string;
}

export function termChangesBetween(terms: Term[], older: string, newer: string): TermChange[] {
  return terms.flatMap((t) => t.names.flatMap((n): TermChange[] => {
    const from = statusIn(n, older), to = statusIn(n, newer);
    if (from === to) return [];
    return [{ termId: t.id, name: n.term, acronym: n.acronym, from, to, mentioned: n.mentioned[newer] }];
  }));
}
