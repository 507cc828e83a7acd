/**
 * Reads a citation the way people write it in local procedures and notes:
 *   "WT2010 5.82", "Working Together 2010 para 5.82", "5.82 WT 2010", "wt10 5.82",
 *   "Working Together 2018 chapter 4 paragraph 23", "2018 ch 4 para 23", "WT2023 para 48".
 * Pure and small: it runs in the browser on every keystroke.
 */

export interface ParsedCitation {
  /** The edition year if the text names one ("2010"), else null (the search scope decides). */
  edition: string | null;
  /** The chapter if the text names one (explicitly or as the part before the dot). */
  chapter: string | null;
  /** The paragraph number. */
  paragraph: number;
  /** How it was written: "5.82" (dotted) or "23" (bare). */
  dotted: boolean;
}


/** Returns the citation a query holds, or null when it reads as words. */
export function parseCitation(input: string, knownEditions: string[]): ParsedCitation | null {
  let text = ` ${input.toLowerCase().replace(/[,;:]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  let edition: string | null = null;

  // "wt2010", "wt 10", "working together 2010", a bare year, "(2010)".
  const compact = /\bwt\s*'?(\d{2}|\d{4})\b/.exec(text);
  const spelled = /working\s+together(?:\s+to\s+safeguard\s+children)?\s*\(?('?\d{2}|\d{4})\)?(?=\s)/.exec(text);
  const bareYear = /(?:^|\s)\(?((?:19|20)\d{2})\)?(?=\s)/.exec(text);
  const hit = compact ?? spelled ?? bareYear;
  if (hit) {
    const y = hit[1].replace("'", '');
    const year = y.length === 2 ? `20${y}` : y;
    if (knownEditions.includes(year) || year.length === 4) edition = year;
    text = text.replace(hit[0], ' ');
  }
  text = text.replace(/\bworking\s+together(\s+to\s+safeguard\s+children)?\b|\bwt\b/g, ' ');

  const chapterWord = /\b(?:ch|chap|chapter)\.?\s*(\d+|[a-z])\b/.exec(text);
  const chapter = chapterWord ? chapterWord[1].toUpperCase() : null;
  if (chapterWord) text = text.replace(chapterWord[0], ' ');
  const paraWord = /(?:\b(?:paragraphs?|paras?|pp?)\b\.?|[§¶])\s*/g;
  const hadParaWord = paraWord.test(text);
  text = text.replace(paraWord, ' ').replace(/[§¶]/g, ' ');
  const rest = text.trim();

  const dotted = /^(\d+|[a-z])\.(\d+)$/.exec(rest);
  if (dotted) return { edition, chapter: chapter ?? dotted[1].toUpperCase(), paragraph: Number(dotted[2]), dotted: true };
  const bare = /^(\d+)$/.exec(rest);
  // A bare number is a citation only with something that says so: an edition, "para", or "chapter".
  if (bare && (edition || hadParaWord || chapter)) return { edition, chapter, paragraph: Number(bare[1]), dotted: false };
  return null;
}
