/**
 * What a search record is: a provision, a paragraph of official text, or one of the facts the site
 * states about an edition (its dates, amendments, glossary ...). The label is the value of the
 * "kind" filter and the word shown beside a result; the order is the order of the filter's boxes.
 */
export const RECORD_KINDS = [
  'Provisions',
  'Official text',
  'Edition facts',
  'Key changes',
  'Coming into force',
  'Revisions under way',
  'Glossary',
  'Terms across editions',
  // Only in a build with a local layer (src/search/local-records.ts).
  'Local information',
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

/** Kinds that summarise the guidance itself, paragraph by paragraph. */
export const GUIDANCE_KINDS: readonly RecordKind[] = ['Provisions', 'Official text'];

/** The status words a result shows for its edition. */
export function statusWords(status: 'current' | 'superseded' | 'upcoming'): string {
  return status === 'current' ? 'In force' : status === 'upcoming' ? 'Not yet in force' : 'Superseded';
}
