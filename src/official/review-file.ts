/**
 * The reviewable files `npm run align` writes (YAML a person edits): the paragraph alignment of
 * two editions and the provision-to-paragraph mapping. Each entry starts "reviewed: false"; a
 * reviewer corrects `old` / `kind` / `paragraphs` and sets it true; the next run keeps it as it is
 * (review-merge.ts) and says at the top what changed since. readAlignmentReview validates an edited
 * file so a typo is caught with its entry.
 */
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import type { Alignment } from './align.ts';
import type { ProvisionProposal } from './provision-map.ts';
import { mergeReview, type MergedReview } from './review-merge.ts';

const HEAD = (what: string) => `# ${what}
# Proposed by \`npm run align\` from text similarity and order: a proposal, not a fact. Review each
# entry against the official texts, correct it, and set reviewed: true. Official text is
# Crown copyright; this file quotes it in diffs, so keep it out of this repository (content/official/ is git-ignored).
# Contains public sector information licensed under the Open Government Licence v3.0.
`;

const ALIGNMENT_NOTES = `# Each entry: the newer paragraph, its proposed counterpart(s) in the older edition, the kind of change,
# and the evidence: words and phrases (similarity of words and of three-word runs, 0-1; two texts on
# one subject share many words, so phrases count most), lengthRatio, order (in order between the
# counterparts of its neighbours, or out of order), and basis (why it was proposed). A new paragraph
# shows the nearest old one that was not close enough. Set reviewed: true on an entry you have
# checked: the next run keeps it exactly as it is and re-proposes only the others.
`;

/** The alignment file: a fresh alignment (first run), or one merged with the previous review (mergeReview). */
export function alignmentYaml(older: string, newer: string, a: Alignment | MergedReview, generated = new Date().toISOString().slice(0, 10)): string {
  const merged: MergedReview = 'proposals' in a ? mergeReview(a, null, new Set()) : a;
  const body = {
    older, newer, generated,
    kinds: 'same | reworded | changed | moved | split | merged | new',
    ...(merged.since ? { sinceLastRun: merged.since } : {}),
    paragraphs: merged.paragraphs,
    removed: merged.removed,
    ...(merged.orphaned.length ? { orphaned: merged.orphaned } : {}),
  };
  return HEAD(`Alignment of the official paragraphs of ${older} (older) and ${newer} (newer).`) + ALIGNMENT_NOTES + stringify(body, { lineWidth: 0 });
}

export function provisionMapYaml(edition: string, proposals: ProvisionProposal[]): string {
  return HEAD(`Which official paragraphs of ${edition} each provision of ours summarises.`) + stringify({ edition, provisions: proposals.map((p) => ({ ...p, reviewed: false })) }, { lineWidth: 0 });
}

const entry = z.object({
  new: z.coerce.string(),
  old: z.array(z.coerce.string()),
  kind: z.enum(['same', 'reworded', 'changed', 'moved', 'split', 'merged', 'new']),
  reviewed: z.boolean(),
}).loose().refine((p) => (p.kind === 'new') === (p.old.length === 0), { error: 'a "new" paragraph has no old counterpart; any other kind names at least one' });

export const alignmentReview = z.object({
  older: z.coerce.string(),
  newer: z.coerce.string(),
  /** When the file was written (YYYY-MM-DD). */
  generated: z.coerce.string().optional(),
  paragraphs: z.array(entry),
  removed: z.array(z.object({ old: z.coerce.string(), reviewed: z.boolean() }).loose()),
  /** Reviewed entries whose paragraph the newer edition no longer has. */
  orphaned: z.array(entry).optional(),
});

/** Reads an edited alignment file; throws naming the entry that is wrong. */
export function readAlignmentReview(text: string) {
  const r = alignmentReview.safeParse(parse(text));
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return r.data;
}
