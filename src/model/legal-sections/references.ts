/**
 * How our summaries name sections of Acts: "section 16EA of the Children Act 2004", "adds section
 * 31ZA to the Children Act 1989", "sections 16LC and 16LD of the Children Act 2004", and the vaguer
 * "a new section after section 16E of the Children Act 2004", which names where a section was put
 * rather than the section itself.
 */
export interface SectionRef {
  /** The section as written, e.g. "16C(1)". */
  number: string;
  /** The Act, e.g. "Children Act 2004". */
  act: string;
}

const NUM = String.raw`\d+[A-Z]*(?:\(\d+\))?`;
const ACT = String.raw`(Children Act \d{4}|Children and Social Work Act \d{4}|Children['’]s Wellbeing and Schools Act \d{4})`;
const NAMED = new RegExp(String.raw`\bsections?\s+(${NUM}(?:\s*(?:,|and|or)\s*${NUM})*)\s+(?:of|to|in|into)\s+(?:the\s+)?${ACT}`, 'g');
const INSERTED_AFTER = new RegExp(String.raw`\b(?:new sections?|a section|sections?)\s+(?:inserted\s+)?after\s+section\s+(${NUM})\s+of\s+(?:the\s+)?${ACT}`, 'gi');

const apostrophe = (act: string) => act.replace(/’/g, "'");

/** The section a number names, without its subsection: "16C(1)" -> "16C". */
export const baseOf = (n: string) => n.replace(/\(\d+\)$/, '');
/** A section's number and first letter, so "16EB" is recognisably a neighbour of "16EA" (and "16L" of "16LA"). */
export const stemOf = (n: string) => n.match(/^\d+[A-Z]?/)![0];

/** Every section the text names, with its Act (not one named only as where new sections were put: "after section 16L"). */
export function sectionRefs(text: string): SectionRef[] {
  const out: SectionRef[] = [];
  for (const m of text.matchAll(NAMED)) {
    if (/\bafter\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    for (const n of m[1].split(/\s*(?:,|and|or)\s*/)) out.push({ number: n, act: apostrophe(m[2]) });
  }
  return out;
}

/** Places where the text describes a new section only by what it follows ("a new section after section 16E"). */
export function insertedAfter(text: string): SectionRef[] {
  return [...text.matchAll(INSERTED_AFTER)].map((m) => ({ number: m[1], act: apostrophe(m[2]) }));
}
