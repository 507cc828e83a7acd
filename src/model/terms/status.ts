/**
 * A crosswalk name's declared status in an edition, as content/terms.yaml states it (and the build
 * has checked against the content): used, not confirmed, mentioned only, or not used.
 */
import type { Term } from '../../schemas/term.ts';

export type TermStatus = 'used' | 'not-confirmed' | 'mentioned' | 'not-used';
type Name = Term['names'][number];

export function statusIn(n: Name, edition: string): TermStatus {
  if (n.editions.includes(edition)) return 'used';
  if (n.notConfirmed.includes(edition)) return 'not-confirmed';
  if (edition in n.mentioned) return 'mentioned';
  return 'not-used';
}

/** How each status reads in a sentence: "used in 2026", "not confirmed for 2026" ... */
export const STATUS_WORDS: Record<TermStatus, string> = {
  used: 'Used',
  'not-confirmed': 'Not confirmed',
  mentioned: 'Mentioned only',
  'not-used': 'Not used',
};
