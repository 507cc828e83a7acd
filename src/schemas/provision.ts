/**
 * A provision, the paragraph-level unit: <P ...> inside a <Section>. Its body is our own summary
 * of one official paragraph or a short run of them. Its id is authored and permanent: editing the
 * wording never changes an address.
 *
 *   <P id="icpc-timing" title="When the initial conference is held" paras="5.84"
 *      duty="local-authority" modality="should" within="15 working days" from="..." change="changed">
 *   Our summary, in plain words.
 *   </P>
 */
import { z } from 'zod';
import { line, modality, slug, slugList } from './common.ts';
import { parasText } from './section.ts';
import { timescale } from './timescale.ts';

/**
 * How a provision relates to its predecessor(s) in the previous edition. "unconfirmed" is
 * carried forward, not confirmed: no source we have says what this edition says here, so the
 * predecessor's summary and facts stand in for it (shown to readers as unconfirmed), and it is
 * never counted as unchanged.
 */
export const CHANGE_KINDS = ['unchanged', 'reworded', 'changed', 'moved', 'split', 'merged', 'unconfirmed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const provisionSchema = z
  .strictObject({
    /** An authored, permanent id, unique in the edition; never derived from the wording. */
    id: slug,
    /** A short label for lists, results and timelines, e.g. "When the initial conference is held". */
    title: line.max(90, { error: 'keep a provision title under 90 characters' }),
    /** The official paragraph number(s) it covers, only where a source states them. */
    paras: parasText.optional(),
    /** Who holds the duty (duty-holder ids from content/vocabulary/duty-holders.yaml). */
    duty: slugList.optional(),
    /** must, should or may, as the guidance words the duty. */
    modality: modality.optional(),
    /** A deadline, e.g. "15 working days" (what it runs from belongs in the summary). */
    within: timescale.optional(),
    /** A recurring interval, e.g. "6 months" between review conferences. */
    every: timescale.optional(),
    /** Its predecessor(s) in the previous edition (provision ids). None means new in this edition. */
    from: slugList.optional(),
    /**
     * An earlier edition's provision whose subject this one takes up again after one or more
     * editions without it ("2010:appx5-lado"), so its history finds that edition too. That
     * provision's line must have ended: it is listed as removed in the edition after it.
     */
    resumes: z
      .string()
      .regex(/^\d{4}:[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'write the edition and the provision id, e.g. "2010:appx5-lado"' })
      .transform((v) => { const [edition, id] = v.split(':'); return { edition, id }; })
      .optional(),
    /** How it changed from its predecessor(s); required with from. */
    change: z.enum(CHANGE_KINDS, { error: `change is one of ${CHANGE_KINDS.join(', ')}` }).optional(),
    /** What changed, in our words; required when change is "changed". */
    note: line.optional(),
    /** What we could not confirm; readers are told to check the official text. */
    unsure: line.optional(),
    /**
     * A provision carried forward unconfirmed shows its predecessor's summary with that summary's
     * own `unsure` note ("keep", the default). "replace" says this provision's `unsure` takes its
     * place, because what the predecessor's note left open is settled or restated here.
     */
    predecessorUnsure: z.enum(['keep', 'replace'], { error: 'predecessorUnsure is "keep" (the default) or "replace"' }).optional(),
    /** Sources of this provision's own facts (source ids), added to its section's sources. */
    sources: slugList.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.from && !p.change)
      ctx.addIssue({ code: 'custom', path: ['change'], message: 'a provision with from="..." needs change="..." saying how it changed' });
    if (p.change && !p.from)
      ctx.addIssue({ code: 'custom', path: ['from'], message: `change="${p.change}" needs from="..." naming the predecessor` });
    if (p.change === 'merged' && p.from && p.from.length < 2)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'a merged provision names two or more predecessors' });
    if (p.change === 'changed' && !p.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'say what changed in note="..."' });
    if (p.change === 'unconfirmed' && p.from && p.from.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'a provision carried forward unconfirmed names exactly one predecessor, whose summary stands in for it' });
    if (p.predecessorUnsure === 'replace' && !p.unsure)
      ctx.addIssue({ code: 'custom', path: ['predecessorUnsure'], message: 'predecessorUnsure="replace" needs unsure="..." saying what now stands in for the predecessor\'s note' });
    if (p.predecessorUnsure && p.change !== 'unconfirmed')
      ctx.addIssue({ code: 'custom', path: ['predecessorUnsure'], message: 'predecessorUnsure="..." belongs only on a provision carried forward unconfirmed (change="unconfirmed"), which shows its predecessor\'s summary' });
    if (p.modality && !p.duty)
      ctx.addIssue({ code: 'custom', path: ['duty'], message: 'a modality needs a duty holder: add duty="..."' });
  });
export type ProvisionAttributes = z.infer<typeof provisionSchema>;
