/**
 * Finds Working Together citations and edition references in running text, as local procedures
 * write them: "Working Together 2018, chapter 4, paragraph 23", "WT2010 5.82", "paras 5.82-5.84 of
 * Working Together 2010", "Working Together 2015, chapter 4", "Flowchart 3 of WT2010",
 * "Working Together to Safeguard Children (HM Government, 2015)". The text is read by the same
 * grammar as the search box (src/search/citation-grammar.ts), so the checker and the search box
 * agree on what a citation means; each citation is also written out plainly ("WT2010 5.82").
 * Pure: runs in the browser.
 */
import { readCitations, type CitationParts } from '../../search/citation-grammar.ts';
import { toParsed, type ParsedCitation } from '../../search/citation-parse.ts';

export interface TextSpan {
  /** Where it starts and ends in the text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

export interface FoundCitation extends TextSpan {
  /** The citation written plainly, e.g. "WT2010 5.82", "WT2015 chapter 4". */
  query: string;
  parsed: ParsedCitation;
}

export interface FoundEditionReference extends TextSpan {
  /** The year named, e.g. "2018". */
  year: string;
  /** True when the text spells out "Working Together" (not just "WT"). */
  spelled: boolean;
}

/** The words as written, spaces made single, a closing bracket dropped when its opening one is not there. */
function tidy(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return (t.match(/\)/g)?.length ?? 0) > (t.match(/\(/g)?.length ?? 0) ? t.replace(/\s*\)$/, '') : t;
}

/** "WT2010 5.82", "WT2018 chapter 4 paragraph 23", "WT2023 paragraph 48", "WT2015 chapter 4", "WT2010 flowchart 3". */
export function plainCitation(c: ParsedCitation): string {
  const head = `WT${c.edition ?? ''}`;
  const where = [
    c.appendix ? `appendix ${c.appendix}` : c.chapter && !c.dotted ? `chapter ${c.chapter}` : '',
    c.flowchart !== undefined ? `flowchart ${c.flowchart}` : '',
    c.paragraph !== null ? (c.dotted ? `${c.chapter}.${c.paragraph}` : `paragraph ${c.paragraph}`) : '',
    c.pages ? `page ${c.pages[0]}` : '',
  ].filter(Boolean);
  return [head, ...where].join(' ');
}

/** A group is a citation when it names the guidance and points somewhere in it (a paragraph needs "para", a dot or a chapter). */
const points = (g: CitationParts) => !!(g.chapter || g.pages || g.flowchart !== undefined || (g.paras.length && (g.paraWord || g.paras[0].dotted || g.chapter)));

export function findCitations(text: string, _editions: string[] = []): { citations: FoundCitation[]; editions: FoundEditionReference[] } {
  const citations: FoundCitation[] = [];
  const references: FoundEditionReference[] = [];
  for (const g of readCitations(text)) {
    if (!g.guidance) continue;
    // A title written in brackets after a chapter ends at its closing bracket.
    const close = /^\s*\)/.exec(text.slice(g.end));
    const end = close && (text.slice(g.start, g.end).match(/\(/g)?.length ?? 0) > (text.slice(g.start, g.end).match(/\)/g)?.length ?? 0) ? g.end + close[0].length : g.end;
    const written = tidy(text.slice(g.start, end));
    if (!points(g)) {
      if (g.year) references.push({ start: g.start, end, text: written, year: g.year, spelled: g.spelled });
      continue;
    }
    // One citation per paragraph of a list ("5.82, 5.90 and 5.91"); a range counts by its first.
    const each = g.paras.length ? g.paras.map((p) => ({ ...g, paras: [p] })) : [g];
    for (const one of each) {
      const parsed = toParsed(one, { bare: false });
      citations.push({ start: g.start, end, text: written, query: plainCitation(parsed), parsed });
    }
  }
  return { citations, editions: references };
}
