/**
 * An edition of Working Together to Safeguard Children: content/editions/<year>/edition.yaml.
 * Facts here (dates, what it replaced, how it numbers paragraphs) come from named sources.
 */
import { z } from 'zod';
import { editionId, isoDate, line, officialTitle, slug } from './common.ts';
import { PARA_SCHEMES } from '../model/paragraphs.ts';
import { publicationSchema } from './publication.ts';

/** A part of the edition, e.g. 2010's "Part 1: Statutory guidance" (chapters 1-8). */
const partSchema = z.strictObject({
  /** How chapters name their part, e.g. "part-1". */
  id: slug,
  /** The part's official title, e.g. "Part 1: Statutory guidance". */
  title: line,
  /** Whether the part is statutory guidance (true) or non-statutory practice guidance (false). */
  statutory: z.boolean(),
});

/** A document the edition replaced, e.g. the Framework for the Assessment of Children in Need (2000). */
const replacedSchema = z.strictObject({
  /** The document's title, as published. */
  title: officialTitle,
  /** The year it was published. */
  year: z.number().int().min(1980).max(2100),
  /** When the document is an earlier edition this site covers, its id. */
  edition: editionId.optional(),
});

/** A dated event in the edition's life: an amendment, a transitional deadline. */
const datedFactSchema = z.strictObject({
  /** When it happened or falls due. */
  date: isoDate,
  /** What happened, in our words. */
  what: line,
  /** Where the fact comes from (source ids). */
  sources: z.array(slug).min(1, { error: 'name at least one source for a dated fact' }),
});

/** A fact about how the edition came about: its length, its consultation, the inquiry or review behind it. */
const backgroundSchema = z.strictObject({
  /** When, if the fact is dated (e.g. the consultation's close). */
  date: isoDate.optional(),
  /** The fact, in our words, e.g. "Runs to 96 pages, down from 393 in 2010." */
  what: line,
  /**
   * True when the fact is a draft of this edition being published or consulted on (or a part of it
   * issued early): a citation of the guidance dated then ("published in December 2009") means
   * this edition. Needs a date.
   */
  draft: z.boolean().optional(),
  /** Where the fact comes from (source ids). */
  sources: z.array(slug).min(1, { error: 'name at least one source for a background fact' }),
}).refine((f) => !f.draft || f.date, { error: 'a draft needs its date: add date: YYYY-MM-DD (or YYYY-MM)', path: ['draft'] });

/** A document published alongside or named by the edition. */
const relatedDocumentSchema = z.strictObject({
  /** Its title. */
  title: officialTitle,
  /** What it is and why it matters, in our words. */
  what: line,
  /** Whether it is statutory (true), non-statutory (false), or legislation. */
  status: z.enum(['statutory guidance', 'non-statutory advice', 'legislation', 'other']),
  /** Where the fact comes from (source ids). */
  sources: z.array(slug).min(1, { error: 'name at least one source for a related document' }),
});

/** A flowchart the edition prints, e.g. 2015's "Flowchart 1: Action taken when a child is referred ...". */
const flowchartSchema = z.strictObject({
  /** Its number as printed ("Flowchart 1" -> 1). */
  number: z.number().int().positive(),
  /** Its official title, where a source gives it. */
  title: officialTitle.optional(),
  /** What it charts, in our words, where a source gives its number but not its official title. */
  about: line.optional(),
  /** The chapter it stands in (a chapter file name of this edition). */
  chapter: slug,
  /** Where the number and title come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the source of the flowchart title' }),
}).refine((f) => f.title || f.about, {
  error: 'give the official title, or, where no source gives it, say in "about" what the chart shows (in our words)',
  path: ['title'],
});

/** A provision of the previous edition that this edition deliberately did not carry forward. */
const removalSchema = z.strictObject({
  /** The previous edition's provision id. */
  id: slug,
  /** Why it went, in our words (e.g. "ContactPoint was switched off in August 2010"). */
  reason: line,
  /** Where its subject went, if anywhere: a provision of this edition, or another document. */
  see: z.string().optional(),
});

export const editionSchema = z.strictObject({
  /** The edition's year, e.g. 2010. It is also its address: /2010/. */
  id: editionId,
  /** The official title, e.g. "Working Together to Safeguard Children". */
  title: officialTitle,
  /** The official subtitle, if any. */
  subtitle: officialTitle.optional(),
  /** When it was published. */
  published: isoDate,
  /**
   * When it came (or comes) into force. Which edition is in force is worked out from these dates
   * (src/model/in-force.ts): never written by hand. A month alone counts from its first day.
   */
  inForce: isoDate,
  /** Said beside the in-force date where it is not confirmed, or needs a word of explanation. */
  inForceNote: line.optional(),
  /** The documents it replaced (an edition may replace several). */
  replaced: z.array(replacedSchema).min(1, { error: 'name at least one document the edition replaced' }),
  /** The earlier edition this site covers that its provisions descend from; null for the first covered. */
  previous: editionId.nullable(),
  /** How its paragraphs are numbered, e.g. 2010: chapter.paragraph (5.82). */
  numbering: z.strictObject({
    /** The numbering scheme (see src/model/paragraphs.ts). */
    scheme: z.enum(PARA_SCHEMES),
    /** An example as the edition prints it, e.g. "5.82". */
    example: z.string().optional(),
    /** How a reader cites it, in a sentence. */
    note: line,
    /** Where we learned how it is numbered (source ids). */
    sources: z.array(slug).min(1, { error: 'say which source shows how the edition numbers its paragraphs' }),
  }),
  /** Its parts, e.g. 2010: Part 1 statutory, Part 2 non-statutory. */
  parts: z.array(partSchema).min(1, { error: 'an edition has at least one part' }),
  /** The official publication this edition's pages summarise: its page, its archived copy, its PDF (publication.ts). */
  publication: publicationSchema,
  /** Sources for the facts in this file (source ids). */
  sources: z.array(slug).min(1, { error: 'name the sources of the edition facts' }),
  /** How it came about: length, consultation, the inquiry or review behind it (shown on its page). */
  background: z.array(backgroundSchema).default([]),
  /** Amendments made after publication, dated. */
  amendments: z.array(datedFactSchema).default([]),
  /** Transitional arrangements with their dates (2018: the move from LSCBs). */
  transitional: z.array(datedFactSchema).default([]),
  /** Documents the edition names or was published with. */
  relatedDocuments: z.array(relatedDocumentSchema).default([]),
  /** The flowcharts it prints, with their official titles. */
  flowcharts: z.array(flowchartSchema).default([]),
  /** Provisions of the previous edition deliberately not carried forward. */
  removed: z.array(removalSchema).default([]),
});
export type Edition = z.infer<typeof editionSchema>;
