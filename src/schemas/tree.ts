/**
 * A decision tree: content/trees/<id>.yaml (the file name is the tree's id and its address,
 * /trees/<id>/). Questions lead by their answers to further questions or to outcomes; every
 * outcome cites the provisions it rests on. The rules differ between editions, so the tree holds
 * one variant per group of editions whose rules (and provision ids) are the same.
 *
 * Graph rules (every node reachable, no cycles, every path ends in an outcome) and citations
 * (every cited provision exists in each edition of its variant) are checked in
 * src/model/trees/, against the site model.
 */
import { z } from 'zod';
import { editionId, line, slug } from './common.ts';

/** Question keys appear in the address bar (#tree=...&edition=...&<key>=<answer>). */
const RESERVED_KEYS = ['tree', 'edition'];
const questionKey = slug.refine((id) => !RESERVED_KEYS.includes(id), {
  error: `"tree" and "edition" are reserved for the address bar; choose another question id or key`,
});

/** A short piece of our own prose: one or more sentences, trimmed. Blank lines separate paragraphs. */
const prose = z.string().trim().min(10, { error: 'write at least a sentence' });

/** One answer to a question, and where it leads. */
const answerSchema = z.strictObject({
  /** Stable id, kept in the address bar and in examples, e.g. "yes", "died". Same id, same meaning, across variants. */
  id: slug,
  /** The answer as the reader sees it, in plain words. */
  label: line,
  /** The id of the question or outcome it leads to, in the same variant. */
  next: slug,
});

/** A question: one at a time, with two or more answers. */
const questionSchema = z.strictObject({
  /** Stable id, unique in the variant. */
  id: questionKey,
  /**
   * The key its answer is recorded under (in examples and the address bar); defaults to the id.
   * Give questions the same key when they ask the same thing at different points of a tree. A
   * question asked in several variants (or in a counterpart tree) keeps its key, so the same
   * answers can be replayed under another edition.
   */
  key: questionKey.optional(),
  /** The question, in plain words, ending with a question mark. */
  text: line.regex(/\?$/, { error: 'end the question with a question mark' }),
  /** Optional help shown under the question: what the terms mean, what counts. */
  hint: prose.optional(),
  /** The possible answers (at least two). */
  answers: z.array(answerSchema).min(2, { error: 'give a question at least two answers' }),
});

/** Where a path ends: what the guidance of that edition says happens, and the provisions it rests on. */
const outcomeSchema = z.strictObject({
  /** Stable id, named for the result, e.g. "scr-required". Examples name outcomes by it. */
  id: slug,
  /** The result in one line, e.g. "A serious case review must be held". */
  title: line,
  /** What follows and who does it, in our own words, true to the cited provisions. */
  text: prose,
  /** Provision ids of this variant's editions that the outcome rests on (at least one). */
  cites: z.array(slug).min(1, { error: 'cite at least one provision the outcome rests on' }),
  /** Another tree the reader may need next (its file name), e.g. the child death review tree. */
  seeAlso: z.array(slug).optional(),
});

/** The tree as it stands under one or more editions whose rules are the same. */
const variantSchema = z.strictObject({
  /** The editions this variant describes; each must also be listed in the tree's `editions`. */
  editions: z.array(editionId).min(1, { error: 'name the edition(s) this variant describes' }),
  /** The id of the first question. */
  start: slug,
  /** Provisions of these editions on acting at once when a child is in immediate danger (shown on every tree). */
  immediateDanger: z.array(slug).min(1, { error: 'cite the provision(s) on immediate protection in these editions' }),
  /** The questions, in reading order. */
  questions: z.array(questionSchema).min(1, { error: 'ask at least one question' }),
  /** The outcomes, in reading order. */
  outcomes: z.array(outcomeSchema).min(1, { error: 'give at least one outcome' }),
});

/** A worked example kept with the tree: answers in, outcome out. Tests and the build run every one. */
const exampleSchema = z.strictObject({
  /** What the example shows, as a sentence: it names the test. */
  name: line,
  /** The edition whose variant it runs against. */
  edition: editionId,
  /** The answers given, question key -> answer id. Order does not matter; the tree decides what is asked. */
  answers: z.record(slug, slug),
  /** The outcome id these answers must reach. */
  outcome: slug,
});

export const treeSchema = z.strictObject({
  /** The question the tree answers, as its title, e.g. "Should I refer to local authority children's social care?" */
  title: line,
  /** Who the tree is for and what it helps decide, in a sentence or two of our own. */
  summary: prose,
  /** Every edition the tree applies to; each must have exactly one variant. */
  editions: z.array(editionId).min(1, { error: 'list the editions the tree applies to' }),
  /**
   * Trees that ask the same decision under other editions (file names), e.g. the serious case
   * review tree (2010-2015) and the serious incident notification tree (2018-2023). Their
   * editions must not overlap with this tree's; answers carry over between them by question id.
   */
  counterparts: z.array(slug).default([]),
  /** One variant per group of editions with the same rules. */
  variants: z.array(variantSchema).min(1, { error: 'give at least one variant' }),
  /** Worked examples (at least one per edition) proving the tree leads where the guidance says. */
  examples: z.array(exampleSchema).min(1, { error: 'give at least one worked example' }),
});

export type Tree = z.infer<typeof treeSchema>;
export type TreeVariant = z.infer<typeof variantSchema>;
export type TreeQuestion = z.infer<typeof questionSchema>;
export type TreeAnswer = z.infer<typeof answerSchema>;
export type TreeOutcome = z.infer<typeof outcomeSchema>;
export type TreeExample = z.infer<typeof exampleSchema>;
