/**
 * The rows of a comparison's action plan: one for every provision the comparison lists, of every
 * kind the "Show" filter offers (new, changed, summary reworded, moved, official text changed:
 * summary to review, carried forward not confirmed, confirmed unchanged, unchanged, removed), so
 * each Show box has rows to show and a manager can plan, for example, the review of the provisions
 * carried forward unconfirmed. What a row needs for the
 * page, the filters and the CSV is computed here, once.
 */
import type { Site } from '../types.ts';
import { CHANGE_TYPE_TEXT } from './change-types.ts';
import type { Comparison, ComparedKind } from './compare-editions.ts';
import { fallsOnText } from './falls-on.ts';
import { plainNote } from '../reader-notes.ts';
import { statusView } from '../confirmation/view.ts';
import { STATUS_LABEL } from '../confirmation/words.ts';

export interface PlanRow {
  /** "2026:icpc-timing": the key entries are stored under. */
  key: string;
  kind: ComparedKind;
  /** "Changed · Chapter 3" on the page. */
  what: string;
  /** "Changed: timescale", for the CSV's Change type column. */
  typeText: string;
  chapter: string;
  title: string;
  /** The provision's address, without the base path. */
  path: string;
  /** Typed changes and notes, in plain words. */
  detail: string;
  groups: string[];
  /** "Local authority, Police, Health". */
  fallsOn: string;
  /** Type tags for the "Type of change" filter, space-separated. */
  typed: string;
}

const KIND_TEXT: Record<ComparedKind, string> = {
  new: 'New', changed: 'Changed', reworded: 'Summary reworded', moved: 'Moved', review: STATUS_LABEL.review, unconfirmed: STATUS_LABEL.carried, confirmed: STATUS_LABEL.confirmed, unchanged: 'Unchanged', removed: 'Removed',
};
const TYPED_WORDS = { 'duty-holder': 'who holds the duty', modality: 'must/should/may', timescale: 'timescale' } as const;

export function planRows(site: Site, cmp: Comparison): PlanRow[] {
  const kept = cmp.chapters.flatMap(({ chapter, items }) => items.map((i): PlanRow => {
    // A provision carried forward says how far the official text confirms it, in a sentence.
    const status = i.kind === 'review' || i.kind === 'unconfirmed' || i.kind === 'confirmed' ? statusView(site, i.now) : null;
    return {
      key: `${i.now.edition}:${i.now.id}`,
      kind: i.kind,
      what: KIND_TEXT[i.kind],
      typeText: i.kind === 'changed' ? `Changed: ${i.types.map((t) => CHANGE_TYPE_TEXT[t].label.toLowerCase()).join('; ')}` : KIND_TEXT[i.kind],
      chapter: chapter.label,
      title: i.now.title,
      path: i.now.path,
      detail: [
        ...i.typed.map((t) => `${TYPED_WORDS[t.kind]}: ${t.from} → ${t.to}`),
        ...i.notes.map((n) => plainNote(site, n)),
        ...(status ? [status.sentence] : []),
      ].join('; '),
      groups: i.groups,
      fallsOn: fallsOnText(i),
      typed: i.types.join(' '),
    };
  }));
  const removed = cmp.removed.flatMap(({ chapter, items }) => items.map((r): PlanRow => {
    return {
      key: `${r.was.edition}:${r.was.id}`,
      kind: 'removed',
      what: `Removed in ${r.removedIn}`,
      typeText: `Removed in ${r.removedIn}`,
      chapter: `${cmp.older.id} ${chapter.label}`,
      title: r.was.title,
      path: r.was.path,
      detail: r.reason,
      groups: r.groups,
      fallsOn: fallsOnText(r),
      typed: 'removed',
    };
  }));
  return [...kept, ...removed];
}
