/**
 * The anchor of a glossary entry on its edition's glossary page ("#term-lscb"), shared by the
 * page and the search records that link to it: from the acronym if it has one, else the term.
 */
export function glossaryAnchor(entry: { term: string; acronym?: string }): string {
  return `term-${(entry.acronym ?? entry.term).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
