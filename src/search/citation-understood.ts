/**
 * What the reader is shown the site understood, before the answer: "Working Together 2010,
 * chapter 4 ‘Training, development and supervision ...’", "Working Together (no edition named),
 * a definition". Pure: runs in the browser.
 */
import { monthYear } from '../model/long-date.ts';
import type { EditionPick } from './citation-editions.ts';
import type { ParsedCitation } from './citation-parse.ts';

function editionPart(c: ParsedCitation, pick: EditionPick): string {
  if (c.edition) {
    const when = c.month ? ` (${monthYear(c.edition, c.month)})` : '';
    return `Working Together ${c.edition}${when}${c.yearRole === 'draft' ? ', a draft' : ''}`;
  }
  if (c.relative) return `Working Together, the ${c.relative === 'current' ? 'current' : 'previous'} edition`;
  if (pick.edition) return `Working Together ${pick.edition.id} (the edition chosen)`;
  return 'Working Together (no edition named)';
}

export function understood(c: ParsedCitation, pick: EditionPick): string {
  const parts = [editionPart(c, pick)];
  if (c.printing) parts.push(`the ${c.printingMonth ? monthYear(c.printing, c.printingMonth) : c.printing} printing`);
  if (c.appendix) parts.push(`appendix ${c.appendix}`);
  else if (c.chapter && !c.dotted) parts.push(c.chapterTo ? `chapters ${c.chapter}–${c.chapterTo}` : `chapter ${c.chapter}`);
  if (c.flowchart !== undefined) parts.push(`flowchart ${c.flowchart}`);
  if (c.title) parts[parts.length - 1] += ` ‘${c.title}’`;
  if (c.paragraph !== null) parts.push(c.dotted ? `paragraph ${c.chapter}.${c.paragraph}` : `paragraph ${c.paragraph}`);
  if (c.pages) parts.push(c.pages[0] === c.pages[1] ? `page ${c.pages[0]}` : `pages ${c.pages[0]}–${c.pages[1]}`);
  if (c.definition) parts.push('a definition');
  if (!c.title && c.words?.length) parts.push(`about ‘${c.words.join(' ')}’`);
  return parts.join(', ');
}
