/**
 * Whether a text holds a term as whole words: ignoring case, a hyphen the same as a space
 * ("multi-agency" = "multi agency"), a plural "s" allowed ("leads"). The build uses it to check
 * the terms the guidance does not use against our summaries; the browser, to spot them in a query.
 */

const flat = (s: string) => s.toLowerCase().replace(/[-‐–]/g, ' ').replace(/[’]/g, "'").replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function holdsPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?:^|[^a-z0-9])${escape(flat(phrase))}s?(?![a-z0-9])`).test(flat(text));
}

/** What the browser needs to show a note: the entry in words, with its links resolved. */
export interface OutsideNote {
  term: string;
  typed: string[];
  about: string;
  /** Editions that use the term ("2023", "2026"); empty when none does. */
  usedIn: string[];
  guidance: string;
  /** Where the editions deal with the subject: a label ("Working Together 2026: Deciding what to do with a referral") and a site-root path. */
  see: { label: string; path: string }[];
  search: string[];
  unsure?: string;
}

/** The notes whose term a query names (each once, in list order). */
export function notesFor(query: string, notes: OutsideNote[]): OutsideNote[] {
  return notes.filter((n) => n.typed.some((t) => holdsPhrase(query, t)));
}

/** "Working Together 2023 and 2026", "Working Together 2010, 2013 and 2015". */
export function editionList(editions: string[]): string {
  if (editions.length <= 1) return `Working Together ${editions.join('')}`;
  return `Working Together ${editions.slice(0, -1).join(', ')} and ${editions.at(-1)}`;
}

/** The note's first sentence: that the guidance does not use the term, or which editions do. */
export function usageSentence(note: OutsideNote, typed: string): string {
  return note.usedIn.length
    ? `“${typed}” (${note.term}) is not used in every edition of Working Together: only ${editionList(note.usedIn)} use it.`
    : `“${typed}” (${note.term}) is not a term Working Together uses.`;
}
