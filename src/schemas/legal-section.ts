/**
 * Sections of Acts that pages name: content/vocabulary/legal-sections.yaml. Each is stated once,
 * with its number and heading as enacted, who it puts a duty on and which Act section inserted it,
 * and every page refers to it: the coming-into-force list by id, provisions by naming it. The build
 * checks that pages naming a section's subject name the section as enacted
 * (src/model/legal-sections/feature.ts).
 */
import { z } from 'zod';
import { line, officialTitle, slug } from './common.ts';

export const legalSectionSchema = z.strictObject({
  /** How pages refer to it, e.g. "ca2004-s16ea". */
  id: slug,
  /** The Act it is a section of, e.g. "Children Act 2004". */
  act: line,
  /** The section's number as enacted, e.g. "16EA" or "16C(1)" (no "section"). */
  section: z.string().regex(/^\d+[A-Z]*(?:\(\d+\))?$/, { error: 'write the number as the Act prints it, e.g. 16EA or 16C(1)' }),
  /** Its heading as enacted, only where a source gives it. */
  heading: officialTitle.optional(),
  /** What it does, in a few words of our own, e.g. "multi-agency child protection teams". */
  about: line,
  /** The body it puts a duty on (a duty-holder id), where it puts one on a single body. */
  holder: slug.optional(),
  /** The Act section that inserted or amended it, where that is not yet in force or worth naming. */
  changedBy: z.strictObject({
    /** e.g. "Children's Wellbeing and Schools Act 2026". */
    law: line,
    /** The section of that Act, e.g. "3". */
    section: z.string().regex(/^\d+[A-Z]*$/, { error: 'write the section number, e.g. 3' }),
    /** inserts a new section, or amends an existing one. */
    how: z.enum(['inserts', 'amends']),
  }).optional(),
  /** Words that name its subject in our summaries ("multi-agency child protection team", "MACPT"). */
  subjects: z.array(z.string().min(3)).default([]),
  /** Where the facts come from (source ids). */
  sources: z.array(slug).min(1, { error: 'name the source of the section (legislation.gov.uk where possible)' }),
});
export type LegalSection = z.infer<typeof legalSectionSchema>;

export const legalSectionsFileSchema = z.array(legalSectionSchema);
