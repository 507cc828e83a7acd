/**
 * The type tags a compared provision is filtered by, and what each means, in one place so the
 * filters, the explanations on the page, the action plan and the CSV all agree.
 *
 * The rule for a "changed" provision: it is typed by the facts that differ (duty holder,
 * must/should/may, timescale). When none differ, it is never "wording only": it is "split or
 * merged" when that is what its lineage records, otherwise "other change of substance", and its
 * lineage note (always shown on the page) says what changed. "Summary reworded" is kept for
 * provisions whose lineage says the substance is the same (reworded, moved, unchanged).
 */
import type { ComparedProvision } from './compare-editions.ts';

export const CHANGE_TYPES = ['duty-holder', 'modality', 'timescale', 'structure', 'other', 'wording', 'review', 'unconfirmed', 'new', 'removed'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** The filter label and a one-sentence explanation of every type. */
export const CHANGE_TYPE_TEXT: Record<ChangeType, { label: string; means: string }> = {
  'duty-holder': { label: 'Who holds the duty', means: 'A different body holds the duty, or a body was replaced by its successor (for example clinical commissioning groups by integrated care boards).' },
  modality: { label: 'Must, should or may', means: 'The strength of the expectation changed, for example from “should” to “must”.' },
  timescale: { label: 'Timescale', means: 'A time limit or how often something happens changed.' },
  structure: { label: 'Split or merged', means: 'A provision was split into several, or several were brought together; the note says what else changed.' },
  other: { label: 'Other change of substance', means: 'What is expected changed in a way not captured by the types above; the note beside it says how.' },
  wording: { label: 'Our summary reworded', means: 'The substance is the same: only our own summary was reworded or moved. This does not mean the guidance’s own wording changed.' },
  review: { label: 'Official text changed: summary to review', means: 'Carried forward, and the official paragraphs the earlier summary was written from changed; the summary may be out of date.' },
  unconfirmed: { label: 'Carried forward, not confirmed', means: 'No source yet confirms what the newer edition says here; the earlier summary is carried forward.' },
  new: { label: 'New', means: 'No earlier provision: new in the newer edition.' },
  removed: { label: 'Removed', means: 'Not carried forward into the newer edition.' },
};

/** The types a filter can pick (new and removed are picked by kind instead). */
export const FILTER_TYPES: ChangeType[] = ['duty-holder', 'modality', 'timescale', 'structure', 'other', 'wording', 'review', 'unconfirmed'];

export function changeTypesOf(item: ComparedProvision): ChangeType[] {
  if (item.kind === 'new') return ['new'];
  const typed: ChangeType[] = [...new Set(item.typed.map((t) => t.kind))];
  if (item.kind === 'unconfirmed' || item.kind === 'review') return [...typed, item.kind];
  if (item.kind === 'confirmed') return typed;
  if (item.kind !== 'changed') return typed.length ? typed : ['wording'];
  if (typed.length) return typed;
  return item.split || item.merged ? ['structure'] : ['other'];
}
