/**
 * The official paragraphs of two imported editions set side by side, keyed by edition, chapter and
 * number (numbers repeat across chapters under per-chapter numbering): for each newer paragraph
 * its older counterpart(s) and whether a person reviewed that entry; the older paragraphs removed.
 * From the reviewed alignment file (content/official/alignment/OLD-NEW.yaml) where there is one,
 * else the importer's proposal (src/official/align.ts). Computed once per pair.
 */
import { alignEditions } from '../../official/align.ts';
import { officialParagraphs } from '../../official/align-inputs.ts';
import { getOfficial, officialAlignment } from '../../official/site-official.ts';
import { contentRoot } from '../content-root.ts';
import type { Site } from '../types.ts';

/** One official paragraph's key: "2023/chapter-4/4.12". */
export const paraKey = (edition: string, chapter: string, number: string) => `${edition}/${chapter}/${number}`;

export interface OfficialLink {
  /** Keys of the older counterpart(s); empty for a paragraph new in the newer edition. */
  olds: string[];
  /** A person checked this entry in the alignment file. */
  reviewed: boolean;
}

export interface PathAlignment {
  /** Newer paragraph key -> its counterparts. */
  byNew: Map<string, OfficialLink>;
  /** Older paragraph key -> the newer paragraph(s) it became. */
  byOld: Map<string, string[]>;
  /** Older paragraphs with no counterpart. */
  removed: Set<string>;
}

const memo = new WeakMap<Site, Map<string, PathAlignment | null>>();

/** The alignment of two editions' official paragraphs, or null unless both are imported. */
export function alignmentOf(site: Site, older: string, newer: string, root = contentRoot()): PathAlignment | null {
  let bySite = memo.get(site);
  if (!bySite) memo.set(site, (bySite = new Map()));
  const key = `${older}-${newer}`;
  if (!bySite.has(key)) bySite.set(key, build(site, older, newer, root));
  return bySite.get(key)!;
}

function build(site: Site, older: string, newer: string, root: string): PathAlignment | null {
  const official = getOfficial(site, root).chapters;
  const a = official.get(older), b = official.get(newer);
  if (!a || !b) return null;
  const olds = officialParagraphs([...a.values()]);
  const news = officialParagraphs([...b.values()]);
  const at = (edition: string, p: { chapter: string; number: string }) => paraKey(edition, p.chapter, p.number);
  // An older number names the paragraph of that number in the newer one's chapter, else the first of that number.
  const oldPath = (n: string, chapter: string) => { const hit = olds.find((p) => p.number === n && p.chapter === chapter) ?? olds.find((p) => p.number === n); return hit ? at(older, hit) : undefined; };
  const file = officialAlignment(older, newer, root);
  const entries = file
    ? file.paragraphs.map((p) => ({ new: p.new, old: p.old, reviewed: p.reviewed }))
    : alignEditions(olds, news).proposals.map((p) => ({ new: p.new, old: p.old, reviewed: false }));
  const removedNumbers = file ? file.removed.map((r) => r.old) : null;
  const inOrder = entries.length === news.length && entries.every((e, i) => e.new === news[i].number);
  const byNew = new Map<string, OfficialLink>();
  const byOld = new Map<string, string[]>();
  entries.forEach((e, i) => {
    const now = inOrder ? news[i] : news.find((p) => p.number === e.new);
    if (!now) return;
    const path = at(newer, now);
    const links = e.old.flatMap((n) => { const o = oldPath(n, now.chapter); return o ? [o] : []; });
    byNew.set(path, { olds: links, reviewed: e.reviewed });
    for (const o of links) byOld.set(o, [...(byOld.get(o) ?? []), path]);
  });
  const removed = new Set(removedNumbers
    ? removedNumbers.flatMap((n) => { const o = oldPath(n, ''); return o ? [o] : []; })
    : olds.map((p) => at(older, p)).filter((p) => !byOld.has(p)));
  return { byNew, byOld, removed };
}
