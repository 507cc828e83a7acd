/** The anchor of a glossary entry on its edition's glossary page: "term-lscb", "term-child-in-need". */
export const glossaryAnchor = (entry: { term: string; acronym?: string }): string =>
  `term-${(entry.acronym ?? entry.term).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
