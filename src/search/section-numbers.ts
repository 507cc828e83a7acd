/**
 * Act section numbers in a query: "s.47", "s 47", "sec. 11", "ss 16E" and "section 16EA" are all
 * written out as "section N", and each section named becomes an exact phrase every result must
 * hold. Pagefind matches the last word of a query as a prefix and splits "16EA" into parts, so
 * without this "16LB" would find sections 16L and 16LC, and "16E" would find 16EA.
 */

/** "s.47", "s 47", "s47", "sec. 11", "sect 11", "ss 16E", "sections 16E": an abbreviation and a number. */
const ABBREVIATED = /(^|[\s(])(?:s|ss|sec|sect|section|sections)\.?\s*(\d{1,3}[a-z]{0,3})(?![a-z0-9])/gi;
/** A section number with letters after it ("16EA", "31ZA"), not an ordinal ("2nd", "15th"). */
const LETTERED = /(?<![a-z0-9.])(\d{1,3}[a-z]{1,3})(?![a-z0-9])/gi;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/** The query with section abbreviations written out: "s.16EA duty" -> "section 16EA duty". */
export function writeOutSections(query: string): string {
  return query.replace(ABBREVIATED, (_, before: string, n: string) => `${before}section ${n}`);
}

/**
 * The exact phrases a query's section numbers call for, as Pagefind phrase queries: a lettered
 * number alone ('"16ea"'), a plain number with its word ('"section 47"').
 */
export function sectionPhrases(query: string): string[] {
  const text = writeOutSections(query).toLowerCase();
  const out = new Set<string>();
  for (const m of text.matchAll(/\bsection (\d{1,3}[a-z]{0,3})(?![a-z0-9])/g)) out.add(/[a-z]/.test(m[1]) ? `"${m[1]}"` : `"section ${m[1]}"`);
  for (const m of text.matchAll(LETTERED)) if (!ORDINAL.test(m[1])) out.add(`"${m[1]}"`);
  return [...out];
}

/** The section numbers a query names, as written for a reader: ["16LB", "47"]. */
export function sectionsNamed(query: string): string[] {
  return sectionPhrases(query).map((p) => p.replace(/"/g, '').replace(/^section /, '').toUpperCase());
}
