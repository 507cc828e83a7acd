/**
 * A re-run of `npm run align` against the file a person has been reviewing: every entry marked
 * reviewed: true is kept exactly as the reviewer left it (and guides the new proposals, see
 * AlignOptions); every other entry is proposed afresh; and the file says what changed since the
 * last run. A reviewed entry whose paragraph the newer edition no longer has is not dropped: it is
 * kept apart, under `orphaned`, for the reviewer to place again.
 */
import type { AlignKind, AlignOptions, Alignment, Proposal } from './align.ts';

/** An entry of the review file as a reviewer may have left it (extra fields kept). */
export type ReviewEntry = { new: string; old: string[]; kind: AlignKind; reviewed: boolean } & Record<string, unknown>;
export type RemovedEntry = { old: string; reviewed: boolean } & Record<string, unknown>;

export interface PreviousReview { generated?: string; paragraphs: ReviewEntry[]; removed: RemovedEntry[]; orphaned?: ReviewEntry[] }

export interface SinceLastRun {
  /** When the previous file was written. */
  previousRun?: string;
  /** Reviewed entries kept exactly as the reviewer left them. */
  keptAsReviewed: number;
  /** Unreviewed entries proposed afresh. */
  proposedAgain: number;
  /** Paragraphs whose proposed counterpart or kind differs from the previous run's proposal. */
  changed: string[];
  /** Paragraphs of the newer edition the previous file did not have. */
  added: string[];
  /** Paragraphs in the previous file that the newer edition no longer has (reviewed ones are kept under orphaned). */
  gone: string[];
  /** Reviewed entries naming an old paragraph the older edition no longer has: check them. */
  check: string[];
}

export interface MergedReview { paragraphs: (Proposal & { reviewed: boolean })[]; removed: RemovedEntry[]; orphaned: ReviewEntry[]; since?: SinceLastRun }

/** What the aligner must respect from a previous review: its reviewed counterparts and removals. */
export function reviewedConstraints(previous: PreviousReview | null): AlignOptions {
  if (!previous) return {};
  return {
    fixed: [...previous.paragraphs, ...(previous.orphaned ?? [])].filter((p) => p.reviewed).map((p) => ({ new: p.new, old: p.old, kind: p.kind })),
    removed: previous.removed.filter((r) => r.reviewed).map((r) => r.old),
  };
}

const same = (a: { old: string[]; kind: string }, b: { old: string[]; kind: string }) => a.kind === b.kind && a.old.join('|') === b.old.join('|');

/** Merges a fresh alignment (made with reviewedConstraints) with the previous review, if any. */
export function mergeReview(fresh: Alignment, previous: PreviousReview | null, olderNumbers: Set<string>): MergedReview {
  if (!previous) return { paragraphs: fresh.proposals.map((p) => ({ ...p, reviewed: false })), removed: fresh.removed.map((old) => ({ old, reviewed: false })), orphaned: [] };
  const before = new Map([...previous.paragraphs, ...(previous.orphaned ?? [])].map((p) => [p.new, p]));
  const now = new Set(fresh.proposals.map((p) => p.new));
  const since: SinceLastRun = { previousRun: previous.generated, keptAsReviewed: 0, proposedAgain: 0, changed: [], added: [], gone: [], check: [] };
  const paragraphs = fresh.proposals.map((p) => {
    const was = before.get(p.new);
    if (!was) since.added.push(p.new);
    if (was?.reviewed) {
      since.keptAsReviewed++;
      if (was.old.some((n) => !olderNumbers.has(n))) since.check.push(p.new);
      return was as unknown as Proposal & { reviewed: boolean };
    }
    since.proposedAgain++;
    if (was && !same(was, p)) since.changed.push(p.new);
    return { ...p, reviewed: false };
  });
  const orphaned = [...before.values()].filter((p) => !now.has(p.new) && p.reviewed);
  since.gone = [...before.keys()].filter((n) => !now.has(n));
  const reviewedRemoved = previous.removed.filter((r) => r.reviewed);
  const removed = [...reviewedRemoved, ...fresh.removed.filter((old) => !reviewedRemoved.some((r) => r.old === old)).map((old) => ({ old, reviewed: false }))];
  return { paragraphs, removed, orphaned, since };
}
