/**
 * Whether what a provision carried forward, not confirmed (change="unconfirmed") shows still holds,
 * decided from the official text where both editions' texts are imported. The summary shown was
 * written from the earlier edition's paragraphs; the provision is:
 * - "confirmed" (confirmed unchanged) when the paragraphs it maps to in its own edition are, one
 *   for one through the alignment, word for word the earlier paragraphs its summary maps to;
 * - "review" (official text changed: summary to review) when they correspond but any was reworded,
 *   added or removed; the changes are listed for a word diff;
 * - "carried" (not confirmed) otherwise, with the reason: no official text, no mapping, a proposed
 *   mapping too weak to rely on, or mappings that do not correspond through the alignment.
 * A provision with a summary of its own, from sources, is "own".
 *
 * Safety. A mapping a person reviewed (provisions-<edition>.yaml) or that a source states is
 * relied on as it is. A proposed (unreviewed) mapping may decide a status only when every one of
 * its paragraphs scores CONFIRM_SCORE or more and the two sides correspond exactly through the
 * alignment. The correspondence guards against the two editions being matched to different places;
 * it cannot guard against both being matched to the same wrong place (a borrowed summary is the
 * same words in both editions), which is what the score is for. A status resting on a proposal
 * says so wherever it is shown, and the review page lists it for an editor to check.
 */
import { getEdition } from '../queries.ts';
import type { ProvisionModel, Site } from '../types.ts';
import { contentRoot } from '../content-root.ts';
import { alignmentOf } from './alignment.ts';
import { hasOfficialChapter, mappingOf, type OfficialParagraphRef, type ProvisionMapping } from './official-map.ts';

/**
 * The lowest similarity at which a proposed (unreviewed) mapping may decide a status. Calibrated on
 * our own lineage (tests/unit/provision-map-scores-are-calibrated-on-our-lineage.test.ts: each
 * summary matched against the previous edition's summaries, where the right answer is known): from
 * 0.6 up, about 97% of all proposed matches are right. A summary matched against longer official
 * paragraphs scores lower than against another summary, so real text errs towards "not confirmed"
 * until an editor reviews the mapping, never the other way.
 */
export const CONFIRM_SCORE = 0.6;

export type ConfirmationStatus = 'own' | 'carried' | 'confirmed' | 'review';
export type NotConfirmedWhy = 'no-official-text' | 'not-mapped' | 'weak-match' | 'mappings-disagree';

export interface Evidence {
  /** The earlier edition's paragraphs the summary shown was written from. */
  older: ProvisionMapping;
  /** This edition's paragraphs the provision maps to. */
  newer: ProvisionMapping;
  /** Either mapping is a proposal nobody has reviewed yet. */
  proposed: boolean;
}

export interface ParagraphChange {
  kind: 'changed' | 'added' | 'removed';
  was: OfficialParagraphRef[];
  now?: OfficialParagraphRef;
  /** A person reviewed this entry of the alignment. */
  reviewed: boolean;
}

export type Confirmation =
  | { status: 'own' }
  | { status: 'carried'; from: string; why: NotConfirmedWhy; older?: ProvisionMapping; newer?: ProvisionMapping }
  | { status: 'confirmed'; from: string; evidence: Evidence }
  | { status: 'review'; from: string; evidence: Evidence; changes: ParagraphChange[] };

/** Text compared for "word for word the same": spacing, curly quotes and dash forms ignored, nothing else. */
export const sameWords = (a: string, b: string) => {
  const n = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
};

/** The provision whose summary a carried provision shows (or, with a summary of its own, its predecessor). */
export function summarySource(site: Site, p: ProvisionModel): { edition: string; id: string } | undefined {
  if (p.change !== 'unconfirmed') return undefined;
  if (p.carried) return p.carried;
  const previous = getEdition(site, p.edition)?.previous;
  return previous && p.from[0] ? { edition: previous, id: p.from[0] } : undefined;
}

export function confirmationOf(site: Site, p: ProvisionModel, root = contentRoot()): Confirmation {
  const source = summarySource(site, p);
  if (!source) return { status: 'own' };
  const from = source.edition;
  const was = getEdition(site, from)?.chapters.flatMap((c) => c.sections.flatMap((s) => s.provisions)).find((x) => x.id === source.id);
  const alignment = alignmentOf(site, from, p.edition, root);
  if (!was || !alignment || !hasOfficialChapter(site, p, root) || !hasOfficialChapter(site, was, root)) return { status: 'carried', from, why: 'no-official-text' };
  const older = mappingOf(site, was, root), newer = mappingOf(site, p, root);
  if (!older || !newer) return { status: 'carried', from, why: 'not-mapped', older, newer };
  const weak = [older, newer].some((m) => m.basis === 'proposed' && (m.score ?? 0) < CONFIRM_SCORE);
  if (weak) return { status: 'carried', from, why: 'weak-match', older, newer };
  // Correspondence: every earlier paragraph reached from this edition's is one the summary maps to,
  // and every paragraph the summary maps to either is reached or was removed.
  const mapped = new Set(older.paragraphs.map((x) => x.key));
  const reached = new Set(newer.paragraphs.flatMap((x) => alignment.byNew.get(x.key)?.olds ?? []));
  const left = older.paragraphs.filter((x) => !reached.has(x.key));
  const corresponds = reached.size > 0 && [...reached].every((k) => mapped.has(k)) && left.every((x) => alignment.removed.has(x.key));
  if (!corresponds) return { status: 'carried', from, why: 'mappings-disagree', older, newer };
  const evidence: Evidence = { older, newer, proposed: older.basis === 'proposed' || newer.basis === 'proposed' };
  const byKey = new Map(older.paragraphs.map((x) => [x.key, x]));
  const changes: ParagraphChange[] = [];
  for (const now of newer.paragraphs) {
    const link = alignment.byNew.get(now.key)!;
    const olds = (link?.olds ?? []).map((k) => byKey.get(k)!);
    if (!olds.length) changes.push({ kind: 'added', was: [], now, reviewed: !!link?.reviewed });
    else if (!sameWords(olds.map((o) => o.text).join(' '), now.text)) changes.push({ kind: 'changed', was: olds, now, reviewed: link.reviewed });
  }
  for (const gone of left) changes.push({ kind: 'removed', was: [gone], reviewed: false });
  return changes.length ? { status: 'review', from, evidence, changes } : { status: 'confirmed', from, evidence };
}
