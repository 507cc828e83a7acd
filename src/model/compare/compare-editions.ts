/**
 * Compares any two editions, older to newer, from lineage alone: for each chapter of the newer
 * edition, its provisions new, changed, reworded, moved or unchanged since the older one; and the
 * older edition's provisions removed on the way. Across several editions the steps compose: any
 * change of substance makes it "changed"; otherwise a step carried forward whose official text
 * changed makes it "review"; otherwise a step carried forward unconfirmed makes it "unconfirmed";
 * otherwise a move makes it "moved", rewording "reworded"; a step the official text confirms
 * unchanged (src/model/confirmation/) makes an otherwise unchanged provision "confirmed".
 */
import { getEdition, chapterOf, sectionOf } from '../queries.ts';
import { counterpartIn, keyOf, lineageOf } from '../lineage.ts';
import type { ChapterModel, EditionModel, ProvisionModel, Site } from '../types.ts';
import { typedChanges, type TypedChange } from './typed-changes.ts';
import { fallsOn } from './falls-on.ts';
import { changeTypesOf, type ChangeType } from './change-types.ts';
import { statusOf } from '../confirmation/index.ts';

/**
 * "unconfirmed": carried forward with no source confirming the newer text (never "unchanged");
 * "review": carried forward, and the official text it was written from changed; "confirmed":
 * carried forward, and the official text it was written from is word for word the same.
 */
export const KINDS = ['new', 'changed', 'reworded', 'moved', 'review', 'unconfirmed', 'confirmed', 'unchanged'] as const;
export type ComparedKind = (typeof KINDS)[number] | 'removed';

export interface ComparedProvision {
  kind: (typeof KINDS)[number];
  now: ProvisionModel;
  /** Its ancestors in the older edition. */
  was: ProvisionModel[];
  typed: TypedChange[];
  /** The authored notes along the way ("2013: timescale ..."). */
  notes: string[];
  split: boolean;
  merged: boolean;
  /** Some step on the way was carried forward unconfirmed (or its official text changed): what the newer edition says is not confirmed. */
  unconfirmed: boolean;
  /** What kind of change it is, for filters and explanations (change-types.ts). */
  types: ChangeType[];
  /** The duty-holder groups it falls on (falls-on.ts); ["practitioners"] when it names no one. */
  groups: string[];
  /** It names no body, nor do its ancestors: it falls on all practitioners. */
  general: boolean;
}

export interface ComparedRemoval {
  was: ProvisionModel;
  removedIn: string;
  reason: string;
  see?: string;
  /** Whom its removal falls on (falls-on.ts). */
  groups: string[];
  general: boolean;
}

export interface Comparison {
  older: EditionModel;
  newer: EditionModel;
  chapters: { chapter: ChapterModel; items: ComparedProvision[] }[];
  removed: { chapter: ChapterModel; items: ComparedRemoval[] }[];
  counts: Record<ComparedKind, number>;
}

const RANK = { unchanged: 0, reworded: 1, moved: 2, changed: 3 } as const;

export function compareEditions(site: Site, olderId: string, newerId: string): Comparison {
  const older = getEdition(site, olderId)!;
  const newer = getEdition(site, newerId)!;
  const l = lineageOf(site);
  const compared = (p: ProvisionModel): ComparedProvision => {
    let frontier = [p];
    let rank: number = RANK.unchanged;
    const notes: string[] = [];
    let split = false, merged = false, unconfirmed = false, review = false, confirmed = false;
    while (frontier.length && frontier[0].edition !== olderId) {
      for (const x of frontier) {
        if (x.change === 'split') split = true;
        if (x.change === 'merged') merged = true;
        if (x.change === 'unconfirmed') {
          const st = statusOf(site, x).status;
          if (st === 'confirmed') confirmed = true;
          else if (st === 'review') review = true;
          else unconfirmed = true;
        }
        const r = x.change === 'unconfirmed' ? RANK.unchanged : x.change === 'split' || x.change === 'merged' ? RANK.changed : RANK[x.change as keyof typeof RANK] ?? RANK.changed;
        rank = Math.max(rank, x.from.length ? r : RANK.changed);
        if (x.note) notes.push(`${x.edition}: ${x.note}`);
      }
      if (frontier.some((x) => x.from.length === 0)) { frontier = []; break; }
      frontier = [...new Map(frontier.flatMap((x) => l.predecessors(x)).map((x) => [keyOf(x), x])).values()];
    }
    if (!frontier.length) return finish({ kind: 'new', now: p, was: [], typed: [], notes: [], split: false, merged: false, unconfirmed });
    const ranked = (Object.keys(RANK) as (keyof typeof RANK)[]).find((k) => RANK[k] === rank)!;
    const kind = ranked === 'changed' ? 'changed' : review ? 'review' : unconfirmed ? 'unconfirmed' : confirmed && ranked === 'unchanged' ? 'confirmed' : ranked;
    return finish({ kind, now: p, was: frontier, typed: typedChanges(site, frontier, p, { derive: kind === 'changed' }), notes, split, merged, unconfirmed: unconfirmed || review });
  };
  const finish = (c: Omit<ComparedProvision, 'types' | 'groups' | 'general'>): ComparedProvision => {
    const { groups, general } = fallsOn(site, [c.now, ...c.was]);
    return { ...c, types: changeTypesOf(c as ComparedProvision), groups, general };
  };

  const counts: Record<ComparedKind, number> = { new: 0, changed: 0, reworded: 0, moved: 0, review: 0, unconfirmed: 0, confirmed: 0, unchanged: 0, removed: 0 };
  const chapters = newer.chapters.map((chapter) => {
    const items = chapter.sections.flatMap((s) => s.provisions).map(compared);
    for (const i of items) counts[i.kind]++;
    return { chapter, items };
  });
  const removed = older.chapters.map((chapter) => {
    const items: ComparedRemoval[] = [];
    for (const was of chapter.sections.flatMap((s) => s.provisions)) {
      const c = counterpartIn(site, was, newerId);
      if (c.kind === 'removed') items.push({ was, removedIn: c.in.id, reason: c.reason, see: c.see, ...fallsOn(site, [was]) });
    }
    counts.removed += items.length;
    return { chapter, items };
  }).filter((g) => g.items.length);
  return { older, newer, chapters, removed, counts };
}

/** Where a provision stands, in words: "Chapter 5 › Initial child protection conference". */
export function placeOf(site: Site, p: ProvisionModel): string {
  const c = chapterOf(site, p);
  return `${c.label} › ${sectionOf(site, p).heading}`;
}

/** Every (older, newer) pair of editions, oldest first. */
export function editionPairs(site: Site): [string, string][] {
  const ids = site.editions.map((e) => e.id);
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
}

