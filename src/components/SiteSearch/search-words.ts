/** Sentences the box and the search page share about how a word query was read. */
import type { SearchOutcome } from './search-engine.ts';

/** "Working Together 2018 first, as the query names it." (Its other words search every edition.) */
export function editionFirstSentence(outcome: Pick<SearchOutcome, 'namedEdition'>): string {
  return outcome.namedEdition ? `Working Together ${outcome.namedEdition} first, as the query names it.` : '';
}

export { unknownSectionsSentence } from '../../search/nearby-sections.ts';
