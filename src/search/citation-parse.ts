/**
 * Reads a citation the way people write it in local procedures, reports, court statements and slides:
 *   "WT2010 5.82", "Working Together 2010 para 5.82", "5.82 WT 2010", "wt10 5.82", "2018 WT 4.1",
 *   "Working Together 2018 chapter 4 paragraph 23", "WT2018 ch 4", "WT2023 para 48", "WT2015: 72",
 *   "paragraph 5 of Working Together 2013", "Working Together 2018, page 34, paragraph 82",
 *   "WT2018 (amended Dec 2020) Pg.80", "pages 78/79", "HM Government (2018) Working Together, p. 49".
 * Pure and small: it runs in the browser on every keystroke.
 */

export interface ParsedCitation {
  /** The edition year if the text names one ("2010"), else null (the search scope decides). */
  edition: string | null;
  /** The chapter if the text names one (explicitly or as the part before the dot). */
  chapter: string | null;
  /** The paragraph number, or null for a reference to a chapter, a page or the edition itself. */
  paragraph: number | null;
  /** How it was written: "5.82" (dotted) or "23" (bare). */
  dotted: boolean;
  /** Printed pages cited, first and last ("page 34" is [34, 34], "pages 78/79" is [78, 79]). */
  pages?: [number, number];
  /** The year of the printing or amendment named ("amended Dec 2020" gives "2020"). */
  printing?: string;
}

const AMENDED = /\(?\s*(?:as\s+)?(?:amended|updated|revised|update)(?:\s+(?:in|on))?\s+(?:\d{1,2}\s+)?(?:[a-z]{3,9}\.?\s+)?((?:19|20)\d{2})\s*\)?/;
const YEAR_UPDATE = /\(?\s*((?:19|20)\d{2})\s+(?:update|updated|amendments?|version|revision|printing)\s*\)?/;
const PAGES = /(?:^|\s|\()(?:at\s+)?(?:pages?|pgs?|pp|p)\b\.?\s*(\d{1,3})(?![.\d])(?:\s*(?:-|\/|to|and|&)\s*(\d{1,3})(?![.\d]))?/;
const FILLER = /\b(?:of|at|in|on|see|cf|the|edition|version|guidance|statutory|hm\s+government|government|dfe)\b\.?/g;

/** Returns the citation a query holds, or null when it reads as words. */
export function parseCitation(input: string, knownEditions: string[]): ParsedCitation | null {
  let text = ` ${input.toLowerCase().replace(/[,;:]/g, ' ').replace(/[–—]/g, '-').replace(/\s-\s/g, ' ').replace(/\s+/g, ' ').trim()} `;
  let edition: string | null = null;
  let printing: string | undefined;

  // "(amended Dec 2020)", "updated 2020", "(2020 update)": the printing, not the edition.
  const amended = AMENDED.exec(text) ?? YEAR_UPDATE.exec(text);
  if (amended) {
    printing = amended[1];
    text = text.replace(amended[0], ' ');
  }

  // "wt2010", "wt 10", "working together 2010", a bare year, "(2010)".
  const compact = /\bwt\s*'?(\d{2}|\d{4})\b/.exec(text);
  const spelled = /working\s+together(?:\s+to\s+safeguard\s+children)?\s*\(?('?\d{2}|\d{4})\)?(?=\s)/.exec(text);
  const bareYear = /(?:^|\s)\(?((?:19|20)\d{2})\)?(?=\s)/.exec(text);
  const hit = compact ?? spelled ?? bareYear;
  const namesGuidance = /\bwt\b|\bwt\s*'?\d|working\s+together/.test(text);
  if (hit) {
    const y = hit[1].replace("'", '');
    const year = y.length === 2 ? `20${y}` : y;
    if (knownEditions.includes(year) || year.length === 4) edition = year;
    text = text.replace(hit[0], ' ');
  }
  text = text.replace(/\bworking\s+together(\s+to\s+safeguard\s+children)?\b|\bwt\b/g, ' ');

  const pageHit = PAGES.exec(text);
  const pages: [number, number] | undefined = pageHit ? [Number(pageHit[1]), Number(pageHit[2] ?? pageHit[1])] : undefined;
  if (pageHit) text = text.replace(pageHit[0], ' ');

  const chapterWord = /\b(?:ch|chap|chapter)\.?\s*(\d+|[a-z])\b/.exec(text);
  const chapter = chapterWord ? chapterWord[1].toUpperCase() : null;
  if (chapterWord) text = text.replace(chapterWord[0], ' ');
  const paraWord = /(?:\b(?:paragraphs?|paras?|pp?)\b\.?|[§¶])\s*/g;
  const hadParaWord = paraWord.test(text);
  text = text.replace(paraWord, ' ').replace(/[§¶()]/g, ' ').replace(FILLER, ' ');
  const rest = text.trim();

  const extra = { ...(pages ? { pages } : {}), ...(printing ? { printing } : {}) };
  const dotted = /^(\d+|[a-z])\.(\d+)$/.exec(rest);
  if (dotted) return { edition, chapter: chapter ?? dotted[1].toUpperCase(), paragraph: Number(dotted[2]), dotted: true, ...extra };
  const bare = /^(\d+)$/.exec(rest);
  // A bare number is a citation only with something that says so: an edition, "para", "chapter" or a page.
  if (bare && (edition || hadParaWord || chapter || pages)) return { edition, chapter, paragraph: Number(bare[1]), dotted: false, ...extra };
  if (rest) return null;
  // Nothing left but the reference itself: a page, a chapter of a named edition, or the edition.
  if (pages || (chapter && edition) || (edition && namesGuidance)) return { edition, chapter, paragraph: null, dotted: false, ...extra };
  return null;
}
