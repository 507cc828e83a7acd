/**
 * A section of a chapter: <Section ...> in a chapter's MDX. Its heading is the official one;
 * its paragraph range is given only where a source states it.
 *
 *   <Section id="icpc" heading="The initial child protection conference" paras="5.82-5.112" sources="seed-003">
 */
import { z } from 'zod';
import { line, officialTitle, slug, slugList } from './common.ts';

/** Paragraph numbers and ranges as written: digits, dots, letters for appendices, dashes, commas. */
export const parasText = z
  .string()
  .trim()
  .regex(/^[0-9A-Z.,;\s–—-]+$|^[0-9A-Z.]+\s+to\s+[0-9A-Z.]+$/, {
    error: 'write paragraph numbers as the edition prints them, e.g. "5.82", "5.82-5.112" or "23-25"',
  });

/**
 * The printed page a section starts on, as a contents list gives it, with the printing it belongs
 * to (year and month): page="34 (2020-12)". Printings that differ are both given, separated by a
 * semicolon: page="33 (2018-07); 34 (2020-12)". Only a page a source states is written here.
 */
export const printedPageText = z
  .string()
  .trim()
  .regex(/^\d{1,4} \(\d{4}-\d{2}\)(?:;\s*\d{1,4} \(\d{4}-\d{2}\))*$/, {
    error: 'write the printed page and its printing as a contents list gives them, e.g. "34 (2020-12)"',
  });

export interface PrintedPage {
  /** The page number as printed. */
  page: number;
  /** The printing it belongs to, "YYYY-MM". */
  printing: string;
}

/** Reads a page="..." attribute: one entry per printing. */
export function parsePrintedPages(text: string): PrintedPage[] {
  return [...text.matchAll(/(\d{1,4}) \((\d{4}-\d{2})\)/g)].map((m) => ({ page: Number(m[1]), printing: m[2] }));
}

export const sectionSchema = z.strictObject({
  /** An authored, permanent anchor, unique in the edition (shared with provision ids). */
  id: slug,
  /** The official heading, as the edition's contents list gives it. */
  heading: officialTitle,
  /** The official paragraph range, where a source gives it, e.g. "5.82-5.112". */
  paras: parasText.optional(),
  /** The printed page the section starts on, per printing, where a contents list gives it. */
  page: printedPageText.transform(parsePrintedPages).optional(),
  /** How a misprinted range in a source was resolved, and why (shown to readers). */
  rangeNote: line.optional(),
  /** Sources of this section's facts, added to the chapter's default sources (source ids). */
  sources: slugList.optional(),
  /** What we could not confirm; readers are told to check the official text. */
  unsure: line.optional(),
});
export type SectionAttributes = z.infer<typeof sectionSchema>;
