/**
 * Reads a citation the way people write it, typed or pasted, anywhere in what is given:
 *   "WT2010 5.82", "5.82 WT 2010", "Working Together 2018 chapter 4 paragraph 23", "WT2015: 72",
 *   "Working Together 2018, page 34, paragraph 82", "WT2018 (amended Dec 2020) Pg.80",
 *   "Chapter 4 (Working Together 2010) 'Training, development and supervision ...'", "Ch2", "Chapter five",
 *   "Flowchart 3 Immediate Protection", "(Definition provided by Working Together 2015)", "Old WT",
 *   "the principles set out in chapter 1 of the guidance Working Together to Safeguard Children 2023".
 * The parts (citation-atoms.ts) and how they group (citation-grammar.ts) are shared with the
 * document checker. Pure and small: it runs in the browser on every keystroke.
 */
import { GLUE } from './citation-atoms.ts';
import { hasLocator, readCitations, type CitationParts } from './citation-grammar.ts';

export interface ParsedCitation {
  /** The edition year the text names ("2010"), else null (the search scope decides). */
  edition: string | null;
  /** The chapter if the text names one (explicitly or as the part before the dot). */
  chapter: string | null;
  /** The paragraph number, or null for a reference to a chapter, a page or the edition itself. */
  paragraph: number | null;
  /** How it was written: "5.82" (dotted) or "23" (bare). */
  dotted: boolean;
  /** Printed pages cited, first and last ("page 34" is [34, 34], "pages 78/79" is [78, 79]). */
  pages?: [number, number];
  /** The year of the printing or amendment named ("amended Dec 2020" gives "2020"), and its month. */
  printing?: string;
  printingMonth?: number;
  /** The month named with the edition's year ("March 2010"), and whether it dates a draft or the publication. */
  month?: number;
  yearRole?: 'draft' | 'published';
  /** The edition named relative to the one in force: "old WT", "the current Working Together". */
  relative?: 'current' | 'previous';
  /** An appendix by number or letter ("Appendix 5", "Appendix B"). */
  appendix?: string;
  /** The last chapter of a range ("chapters 3 to 5"). */
  chapterTo?: string;
  /** Words given as the title of the chapter, appendix or flowchart cited. */
  title?: string;
  /** Other words given with the citation, for its topic. */
  words?: string[];
  /** A flowchart by its number. */
  flowchart?: number;
  /** A definition is asked for. */
  definition?: true;
  /** How many more citations the text holds after this one. */
  more?: number;
}

/** Words in a query beyond which it is read as pasted text, not a typed citation. */
const QUERY_WORDS = 40;

/** The citation a group of parts makes, in the shape the resolver reads. */
export function toParsed(p: CitationParts, options: { bare: boolean } = { bare: true }): ParsedCitation {
  const para = p.paras[0];
  const bare = options.bare && !para && p.bare !== undefined && (p.year || p.chapter || p.guidance) ? p.bare : undefined;
  const chapter = p.chapter && !p.chapter.appendix ? p.chapter.key : para?.chapter ?? null;
  const out: ParsedCitation = { edition: p.year ?? null, chapter, paragraph: para?.n ?? bare ?? null, dotted: !!para?.dotted };
  if (p.pages) out.pages = p.pages;
  if (p.printing) out.printing = p.printing;
  if (p.printingMonth) out.printingMonth = p.printingMonth;
  if (p.month) out.month = p.month;
  if (p.yearRole) out.yearRole = p.yearRole;
  if (p.relative && !p.year) out.relative = p.relative;
  if (p.chapter?.appendix) out.appendix = p.chapter.key;
  if (p.chapter?.to) out.chapterTo = p.chapter.to;
  if (p.title) out.title = p.title;
  if (p.words.length) out.words = [...new Set(p.words)];
  if (p.flowchart !== undefined) out.flowchart = p.flowchart;
  if (p.definition) out.definition = true;
  return out;
}

/** The citation a query holds, its other citations counted, or null when it reads as words. */
export function parseCitation(input: string, knownEditions: string[]): ParsedCitation | null {
  const groups = readCitations(input);
  const primary = groups.find((g) => g.guidance && hasLocator(g)) ?? groups.find((g) => g.guidance) ?? groups.find(hasLocator) ?? groups.find((g) => g.year);
  if (!primary) return null;
  const words = input.split(/\s+/).filter(Boolean).length;
  const others = groups.filter((g) => g !== primary && (g.guidance || hasLocator(g)));
  if (words <= QUERY_WORDS) {
    // A typed query or one pasted sentence: one citation, whatever order its parts come in.
    for (const g of groups) {
      if (g === primary) continue;
      primary.year ??= g.year;
      primary.title ??= g.title;
      primary.chapter ??= g.chapter;
      primary.pages ??= g.pages;
      primary.flowchart ??= g.flowchart;
      if (!primary.paras.length) primary.paras = g.paras;
      primary.definition ||= g.definition;
      primary.guidance ||= g.guidance;
      primary.words.push(...g.words);
    }
    primary.words.push(...strayWords(input, groups));
  }
  const located = primary.guidance || hasLocator(primary) || primary.bare !== undefined;
  // A year alone is a citation only when it is all there is ("2018", "the 2018 edition").
  if (!located && !(primary.year && knownEditions.includes(primary.year) && !primary.words.length)) return null;
  const parsed = toParsed(primary);
  if (!primary.guidance && !primary.year && !hasLocator(primary) && parsed.paragraph === null) return null;
  if (words > QUERY_WORDS && others.length) parsed.more = others.length;
  return parsed;
}

/** Words of a short query that stand outside every citation part: its topic. */
function strayWords(input: string, groups: CitationParts[]): string[] {
  const inside = (i: number) => groups.some((g) => i >= g.start && i < g.end);
  const out: string[] = [];
  for (const m of input.matchAll(/\p{L}+/gu)) if (!inside(m.index)) out.push(m[0].toLowerCase());
  return out.filter((w) => !STOP.has(w));
}

const STOP = new Set([
  ...GLUE, 'working', 'together', 'wt', 'safeguard', 'p', 'pp', 'pg', 'para', 'paras', 'page', 'pages', 'chapter', 'ch', 'appendix',
  'old', 'new', 'current', 'latest', 'previous', 'published', 'updated', 'amended', 'revised', 'draft', 'defined', 'definition',
  'definitions', 'glossary', 's', 'may', 'will', 'would', 'can',
]);
