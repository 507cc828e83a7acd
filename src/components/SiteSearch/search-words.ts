/** Sentences the box and the search page share about how a word query was read. */
import type { SearchOutcome } from './search-engine.ts';

/** "Working Together 2018 first, as the query names it." (Its other words search every edition.) */
export function editionFirstSentence(outcome: Pick<SearchOutcome, 'namedEdition'>): string {
  return outcome.namedEdition ? `Working Together ${outcome.namedEdition} first, as the query names it.` : '';
}

/** "Nothing on this site mentions section 16LB." */
export function unknownSectionsSentence(sections: string[]): string {
  const list = sections.length === 1 ? `section ${sections[0]}` : `sections ${sections.slice(0, -1).join(', ')} and ${sections.at(-1)}`;
  return `Nothing on this site mentions ${list} (of any Act). Check the number, or search for the subject in words.`;
}
