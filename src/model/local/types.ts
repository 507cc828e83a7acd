/** The local layer as pages, search and check:local use it: validated, with every note resolved to its place. */
import type { Contacts } from '../../schemas/local-layer.ts';
import type { LocalDocument } from '../../schemas/local-document.ts';
import type { LocalNote } from '../../schemas/local-note.ts';
import type { LocalAmendment } from '../../schemas/amendments.ts';
import type { Origin } from '../types.ts';

export interface LocalArea extends Origin {
  id: string;
  name: string;
  /** The partnership the area belongs to: its own (regional sites) or the layer's. */
  partnership: { name: string; website?: string };
  contacts: Contacts;
}

/** The place a note is attached to, in its own edition. */
export type LocalTarget =
  | { kind: 'provision'; edition: string; id: string }
  | { kind: 'section'; edition: string; id: string }
  | { kind: 'step'; edition: string; chart: string; node: string }
  | { kind: 'outcome'; edition: string; tree: string; outcome: string };

export interface LocalNoteModel extends Omit<LocalNote, 'areas'>, Origin {
  target: LocalTarget;
  /** The area ids it applies to (every area's when the note names none). */
  areas: string[];
  /** True when the note names no areas. */
  everyArea: boolean;
}

/** One way the guidance moved between editions, on the way from the note's place to where it is shown. */
export interface LineageStep {
  /** The edition the change happened in. */
  edition: string;
  /** What happened there (the provision's change kind, or what became of a section, step or outcome). */
  kind: ReviewKind;
  /** The author's note on the change, or a few words on what differs. */
  detail?: string;
}

export type ReviewKind =
  | 'changed' | 'reworded' | 'moved' | 'split' | 'merged' | 'unconfirmed'
  | 'new-provision' | 'heading-changed' | 'provisions-removed' | 'outcome-changed' | 'step-changed'
  | 'removed' | 'not-charted' | 'not-in-tree';

/** Where a note is shown: its own place, or a successor in a later edition. */
export interface Placement {
  note: LocalNoteModel;
  edition: string;
  /** The key of the place: see placeKey(). */
  at: string;
  /** The page address of the place (no base path). */
  path: string;
  /** A label for the place, e.g. "Who should refer and when". */
  label: string;
  /** The changes since the note was written (or last reviewed), oldest first: not empty means "to review". */
  changes: LineageStep[];
}

/** A note whose place has no successor in a later edition (removed, not charted, not in the tree). */
export interface Ending {
  note: LocalNoteModel;
  /** The edition in which the place is missing. */
  edition: string;
  kind: 'removed' | 'not-charted' | 'not-in-tree';
  /** Why, where the content says (a removal's reason). */
  reason?: string;
  /** The last place it is shown. */
  last: Placement;
}

export interface LocalLayer {
  /** The layer folder, absolute, and relative to the project (for messages). */
  dir: string;
  rel: string;
  name: string;
  shortName: string;
  website?: string;
  fictional: boolean;
  areas: LocalArea[];
  documents: (LocalDocument & Origin)[];
  notes: LocalNoteModel[];
  amendments: (LocalAmendment & Origin)[];
  /** Every place each note is shown, by place key. */
  placements: Map<string, Placement[]>;
  /** Notes whose place ends before the newest edition (not yet reviewed against the edition that ended it). */
  endings: Ending[];
}

/** The key of a place: "p:2026:referral-who", "s:2026:referrals", "f:2026/referral#refer", "t:refer-to-childrens-social-care#refer-now@2026". */
export const placeKey = {
  provision: (edition: string, id: string) => `p:${edition}:${id}`,
  section: (edition: string, id: string) => `s:${edition}:${id}`,
  step: (edition: string, chart: string, node: string) => `f:${edition}/${chart}#${node}`,
  outcome: (edition: string, tree: string, outcome: string) => `t:${tree}#${outcome}@${edition}`,
};
