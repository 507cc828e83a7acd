/**
 * A training session: content/sessions/<session>.yaml, in the shape of a trainer's deck (seed 001):
 * objectives, an ordered path through provisions and flowcharts, and discussion questions that cite
 * paragraph ranges. The file name is its address: sessions/referral-to-plan.yaml is
 * /sessions/referral-to-plan/ (and /sessions/referral-to-plan/present/ for the presenter view).
 */
import { z } from 'zod';
import { editionId, line, slug } from './common.ts';

/** A place in the path: a provision, or a flowchart (optionally opened at one of its steps). */
const pathItemSchema = z
  .strictObject({
    /** A provision id of the session's edition, or "<edition>#<id>" for another edition's. */
    provision: z.string().regex(/^(\d{4}#)?[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'write a provision id, or "2013#id" for another edition' }).optional(),
    /** A chart as "<edition>/<chart>", e.g. "2018/referral". */
    flowchart: z.string().regex(/^\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'write a chart as "<edition>/<chart file name>", e.g. "2018/referral"' }).optional(),
    /** With a flowchart: the step to open it at (from 1); the whole chart when absent. */
    step: z.number().int().positive().optional(),
    /** What the trainer draws out here, in our words. */
    note: line,
  })
  .superRefine((item, ctx) => {
    if ((item.provision === undefined) === (item.flowchart === undefined))
      ctx.addIssue({ code: 'custom', message: 'give either "provision" or "flowchart" (one of them) for each place in the path' });
    if (item.step !== undefined && item.flowchart === undefined)
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'a step belongs to a flowchart: add "flowchart" or remove "step"' });
  });

/**
 * What a question asks people to read: a paragraph range in one edition (and chapter, where numbering
 * restarts), or, where our content records no paragraph numbers for the passage, the section itself.
 */
const referSchema = z
  .strictObject({
    /** The edition, e.g. 2018. */
    edition: editionId,
    /** The chapter file name: needed with paras where the edition numbers paragraphs per chapter (2013-2018). */
    chapter: slug.optional(),
    /** The paragraphs as the edition numbers them: "5.17-5.37", "16-22", "123". */
    paras: z.coerce.string().optional(),
    /** A section id of the edition, where no paragraph numbers are recorded for it. */
    section: slug.optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.paras === undefined) === (r.section === undefined))
      ctx.addIssue({ code: 'custom', message: 'give either "paras" (a paragraph range) or "section" (a section id) for each reading' });
  });

const questionSchema = z.strictObject({
  /** The question for discussion, in our words. */
  ask: line,
  /** The paragraph ranges (or sections) it refers people to (at least one). */
  refer: z.array(referSchema).min(1, { error: 'cite at least one paragraph range for each question' }),
});

export const sessionSchema = z.strictObject({
  /** The session's title. */
  title: line,
  /** Who it is for. */
  audience: line,
  /** How long it takes, roughly, e.g. "90 minutes". */
  duration: line.optional(),
  /** The edition it teaches: its pages name that publication. */
  edition: editionId,
  /** One or two sentences on what it covers. */
  summary: line,
  /** What participants will be able to do afterwards. */
  objectives: z.array(line).min(1, { error: 'give the session at least one objective' }),
  /** The ordered path through provisions and flowcharts. */
  path: z.array(pathItemSchema).min(1, { error: 'give the session a path of at least one provision or chart' }),
  /** Discussion questions, each citing paragraph ranges. */
  questions: z.array(questionSchema).min(1, { error: 'give the session at least one discussion question' }),
  /** Where the session's shape or facts come from (source ids), e.g. seed-001. */
  sources: z.array(slug).default([]),
});

export type SessionFile = z.infer<typeof sessionSchema>;
export type SessionPathItem = z.infer<typeof pathItemSchema>;
