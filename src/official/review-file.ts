/**
 * The reviewable files `npm run align` writes (YAML a person edits): the paragraph alignment of
 * two editions and the provision-to-paragraph mapping. Each entry starts "reviewed: false"; a
 * reviewer corrects `old` / `kind` / `paragraphs` and sets it true. readAlignmentReview validates
 * an edited file so a typo is caught with its entry.
 */
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import type { Alignment } from './align.ts';
import type { ProvisionProposal } from './provision-map.ts';

const HEAD = (what: string) => `# ${what}
# Proposed by \`npm run align\` from text similarity and order: a proposal, not a fact. Review each
# entry against the official texts, correct it, and set reviewed: true. Official text is
# Crown copyright; this file quotes it in diffs, so keep it out of this repository (content/official/ is git-ignored).
# Contains public sector information licensed under the Open Government Licence v3.0.
`;

export function alignmentYaml(older: string, newer: string, a: Alignment): string {
  const body = {
    older, newer,
    kinds: 'same | reworded | changed | moved | split | merged | new',
    paragraphs: a.proposals.map((p) => ({ ...p, reviewed: false })),
    removed: a.removed.map((n) => ({ old: n, reviewed: false })),
  };
  return HEAD(`Alignment of the official paragraphs of ${older} (older) and ${newer} (newer).`) + stringify(body, { lineWidth: 0 });
}

export function provisionMapYaml(edition: string, proposals: ProvisionProposal[]): string {
  return HEAD(`Which official paragraphs of ${edition} each provision of ours summarises.`) + stringify({ edition, provisions: proposals.map((p) => ({ ...p, reviewed: false })) }, { lineWidth: 0 });
}

export const alignmentReview = z.object({
  older: z.coerce.string(),
  newer: z.coerce.string(),
  paragraphs: z.array(z.object({
    new: z.coerce.string(),
    old: z.array(z.coerce.string()),
    kind: z.enum(['same', 'reworded', 'changed', 'moved', 'split', 'merged', 'new']),
    reviewed: z.boolean(),
  }).loose().refine((p) => (p.kind === 'new') === (p.old.length === 0), { error: 'a "new" paragraph has no old counterpart; any other kind names at least one' })),
  removed: z.array(z.object({ old: z.coerce.string(), reviewed: z.boolean() })),
});

/** Reads an edited alignment file; throws naming the entry that is wrong. */
export function readAlignmentReview(text: string) {
  const r = alignmentReview.safeParse(parse(text));
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return r.data;
}
