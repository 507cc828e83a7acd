/**
 * The open data the site publishes under /data/v1/, so that local systems (procedures manuals,
 * training records, case-recording templates) can link to provisions and follow changes. These zod
 * schemas are the format: the build checks every file against them, and the JSON Schemas published
 * beside the files (/data/v1/schema/) are generated from them (z.toJSONSchema). Each field's
 * description is its documentation. A change that would break a reader of v1 goes to /data/v2/.
 */
import { z } from 'zod';
import { CHANGE_KINDS } from './provision.ts';
import { CHANGE_TYPES } from '../model/compare/change-types.ts';
import { KINDS } from '../model/compare/compare-editions.ts';

/** The version of the format; a breaking change moves the files to a new folder (/data/v2/). */
export const DATA_VERSION = '1.0.0';

const day = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/).describe('A date, YYYY-MM-DD (YYYY-MM where only the month is known).');
const editionId = z.string().regex(/^\d{4}$/).describe('An edition, by its year, e.g. "2018".');
/** A provision's permanent key: "<edition>:<id>". */
const key = z.string().regex(/^\d{4}:[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('A provision\'s permanent key, "<edition>:<id>", e.g. "2018:icpc-timing". Ids never change once published.');
const url = z.url().describe('An absolute address on this site.');

/** What every file starts with. */
const envelope = {
  $schema: z.url().describe('The JSON Schema this file follows (published beside it).'),
  version: z.literal(DATA_VERSION).describe('The version of this format (semantic versioning). Additions keep the version\'s folder; breaking changes move to a new one.'),
  asOf: day.describe('The day the content was last checked against the official publication page (the site\'s currency fact).'),
  notice: z.string().describe('What the data is: summaries in our own words, not the official text, and where the official text is.'),
};

const changeKind = z.enum(CHANGE_KINDS).describe('How it relates to its predecessor(s): unchanged, reworded, changed (in substance), moved, split, merged, or unconfirmed (carried forward: no source confirms what the newer edition says).');

export const editionEntrySchema = z.strictObject({
  id: editionId,
  title: z.string().describe('"Working Together 2018".'),
  published: day.describe('The day it was published.'),
  inForce: day.describe('The day it came (or comes) into force.'),
  status: z.enum(['current', 'superseded', 'upcoming']).describe('Whether it is the edition in force, superseded, or not yet in force, as of the build.'),
  previous: editionId.nullable().describe('The edition it replaced, if this site covers it.'),
  url: url.describe('Its page on this site.'),
  publication: z.string().describe('The official publication\'s title and where to find it.'),
});

export const provisionEntrySchema = z.strictObject({
  key,
  edition: editionId,
  id: z.string().describe('The provision\'s id within its edition.'),
  url: url.describe('Its permanent address: link to this.'),
  chapter: z.strictObject({
    slug: z.string().describe('The chapter\'s address within the edition, e.g. "chapter-5".'),
    label: z.string().describe('"Chapter 5", "Appendix A", or a front-matter title.'),
    title: z.string().describe('The chapter\'s title as the edition prints it.'),
  }).describe('The chapter it is in.'),
  section: z.strictObject({
    id: z.string().describe('The section\'s id (also an address: the chapter URL with #id).'),
    heading: z.string().describe('The section\'s heading as the edition prints it.'),
  }).describe('The section it is in.'),
  title: z.string().describe('A short title in our words.'),
  summary: z.string().describe('Our summary, as plain text (for a provision carried forward unconfirmed: its predecessor\'s, see carriedFrom).'),
  paragraphs: z.string().optional().describe('The official paragraph number(s), only where a source states them, as printed, e.g. "5.82–5.84".'),
  duty: z.array(z.string()).describe('Who holds the duty, as names (e.g. "Local authority").'),
  modality: z.enum(['must', 'should', 'may']).optional().describe('Must, should or may, as the guidance words the duty.'),
  within: z.string().optional().describe('A deadline, e.g. "15 working days".'),
  every: z.string().optional().describe('A recurring interval, e.g. "6 months".'),
  from: z.array(key).describe('Its predecessors in the previous edition (keys). Empty: new in this edition, or the first edition covered.'),
  change: changeKind.optional(),
  changeNote: z.string().optional().describe('What changed, in our words, where the change is one of substance.'),
  carriedFrom: key.optional().describe('Set when the summary shown is a predecessor\'s, carried forward until confirmed.'),
  unconfirmed: z.string().optional().describe('What our sources could not confirm about it; check the official text.'),
});

export const provisionsFileSchema = z.strictObject({
  ...envelope,
  editions: z.array(editionEntrySchema).describe('Every edition on the site, oldest first.'),
  provisions: z.array(provisionEntrySchema).describe('Every provision of every edition, in reading order.'),
}).describe('Every provision of every edition of Working Together to Safeguard Children on this site, with its permanent address and its lineage.');

export const lineageFileSchema = z.strictObject({
  ...envelope,
  links: z.array(z.strictObject({
    from: key.describe('The provision in the older edition.'),
    to: key.describe('Its successor in the next edition.'),
    kind: changeKind,
    note: z.string().optional().describe('What changed, in our words.'),
  })).describe('Each link from a provision to its successor in the next edition.'),
  removed: z.array(z.strictObject({
    key: key.describe('The provision that was not carried forward.'),
    removedIn: editionId.describe('The edition that dropped it.'),
    reason: z.string().describe('Why, in our words.'),
    see: z.string().optional().describe('Where its subject went, if anywhere.'),
  })).describe('Provisions deliberately not carried into the next edition.'),
}).describe('The lineage of every provision: which provision of the next edition descends from which, and what was removed.');

const typedChange = z.strictObject({
  kind: z.enum(['duty-holder', 'modality', 'timescale']).describe('What changed: who holds the duty, must/should/may, or a timescale.'),
  from: z.string().describe('Before, in words.'),
  to: z.string().describe('After, in words.'),
});

export const changesFileSchema = z.strictObject({
  ...envelope,
  older: editionId,
  newer: editionId,
  counts: z.record(z.string(), z.number().int()).describe('How many provisions of the newer edition are of each kind, and how many of the older were removed.'),
  provisions: z.array(z.strictObject({
    key: key.describe('The provision of the newer edition.'),
    kind: z.enum(KINDS).describe('How it compares with the older edition: new, changed, reworded, moved, review (carried forward, and the official text it summarises changed), unconfirmed (carried forward, not confirmed), confirmed (carried forward, and the official text word for word the same), unchanged.'),
    was: z.array(key).describe('Its ancestors in the older edition.'),
    types: z.array(z.enum(CHANGE_TYPES)).describe('What kind of change it is (duty-holder, modality, timescale, structure, other, wording, unconfirmed, new).'),
    typed: z.array(typedChange).describe('The changes read from structured facts.'),
    notes: z.array(z.string()).describe('Authored notes on the changes, "<edition>: <note>".'),
  })).describe('Every provision of the newer edition, compared with the older.'),
  removed: z.array(z.strictObject({
    key: key.describe('The provision of the older edition.'),
    removedIn: editionId,
    reason: z.string(),
    see: z.string().optional(),
  })).describe('Provisions of the older edition with no successor in the newer.'),
}).describe('Typed changes between two consecutive editions, computed from lineage.');

export const glossaryFileSchema = z.strictObject({
  ...envelope,
  terms: z.array(z.strictObject({
    edition: editionId,
    term: z.string().describe('The term in full.'),
    acronym: z.string().optional().describe('Its acronym or short form, if the edition uses one.'),
    meaning: z.string().describe('What it means, in our words.'),
    definedAt: url.optional().describe('Where the edition sets it out, if recorded.'),
  })).describe('Each edition\'s glossary terms.'),
}).describe('Glossary terms and acronyms of every edition.');

export const indexFileSchema = z.strictObject({
  ...envelope,
  files: z.array(z.strictObject({
    name: z.string().describe('What the file holds.'),
    url: url.describe('The file.'),
    schema: url.describe('Its JSON Schema.'),
  })).describe('Every file of this version.'),
}).describe('The open data of Working Together Navigator, version 1: what each file holds.');

/** Each published file's schema, by the name its schema file takes (/data/v1/schema/<name>.schema.json). */
export const OPEN_DATA_SCHEMAS = {
  index: indexFileSchema,
  provisions: provisionsFileSchema,
  lineage: lineageFileSchema,
  changes: changesFileSchema,
  glossary: glossaryFileSchema,
} as const;
export type OpenDataName = keyof typeof OPEN_DATA_SCHEMAS;
