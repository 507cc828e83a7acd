/**
 * For the edition switcher: where a chapter's subject stands in each other edition (the chapter
 * holding most of its provisions' counterparts), and where each provision stands (the provisions
 * it became or came from, or that it was removed and why).
 */
import { counterpartIn } from './lineage.ts';
import { chapterOf } from './queries.ts';
import type { ChapterModel, EditionModel, Site } from './types.ts';

/** How many provisions of chapter a (edition x) have their counterpart in each chapter of edition y. */
function votes(site: Site, x: EditionModel, y: EditionModel): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const a of x.chapters) {
    const v = new Map<string, number>();
    for (const p of a.sections.flatMap((s) => s.provisions)) {
      const c = counterpartIn(site, p, y.id);
      if (c.kind === 'found') for (const q of c.provisions) v.set(q.chapter, (v.get(q.chapter) ?? 0) + 1);
    }
    out.set(a.slug, v);
  }
  return out;
}

const cache = new WeakMap<Site, Map<string, Map<string, string[]>>>();

/**
 * Chapter counterparts between two editions, derived once from lineage and symmetric: the weight of
 * a pair is the provisions linking them both ways; each chapter's heaviest partner is a counterpart,
 * and so, both ways round, a is listed in b's counterparts exactly when b is listed in a's.
 */
function pairMap(site: Site, x: EditionModel, y: EditionModel): Map<string, string[]> {
  const key = `${x.id}>${y.id}`;
  let perSite = cache.get(site);
  if (!perSite) cache.set(site, (perSite = new Map()));
  const hit = perSite.get(key);
  if (hit) return hit;
  const xy = votes(site, x, y), yx = votes(site, y, x);
  const w = (a: string, b: string) => (xy.get(a)?.get(b) ?? 0) + (yx.get(b)?.get(a) ?? 0);
  const best = (from: EditionModel, to: EditionModel, weight: (f: string, t: string) => number) => new Map(from.chapters.map((f) => {
    const ranked = to.chapters.map((t) => [t.slug, weight(f.slug, t.slug)] as const).filter(([, n]) => n > 0).sort((p, q) => q[1] - p[1]);
    return [f.slug, ranked[0]?.[0]] as const;
  }));
  const bx = best(x, y, w), by = best(y, x, (b, a) => w(a, b));
  const xToY = new Map<string, string[]>(), yToX = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (!xToY.get(a)?.includes(b)) xToY.set(a, [...(xToY.get(a) ?? []), b]);
    if (!yToX.get(b)?.includes(a)) yToX.set(b, [...(yToX.get(b) ?? []), a]);
  };
  for (const [a, b] of bx) if (b) link(a, b);
  for (const [b, a] of by) if (a) link(a, b);
  for (const list of xToY.values()) list.sort();
  const order = (m: Map<string, string[]>, weight: (k: string, v: string) => number) => {
    for (const [k, list] of m) list.sort((p, q) => weight(k, q) - weight(k, p));
    return m;
  };
  perSite.set(key, order(xToY, w));
  perSite.set(`${y.id}>${x.id}`, order(yToX, (b, a) => w(a, b)));
  return perSite.get(key)!;
}

/** Where a chapter's subject stands in each other edition: its counterpart chapters there, heaviest first. */
export function chapterCounterparts(site: Site, chapter: ChapterModel, edition: EditionModel): { edition: EditionModel; chapter?: ChapterModel; also: ChapterModel[] }[] {
  return site.editions.filter((e) => e.id !== edition.id).map((e) => {
    const slugs = pairMap(site, edition, e).get(chapter.slug) ?? [];
    const chapters = slugs.map((s) => e.chapters.find((c) => c.slug === s)!);
    return { edition: e, chapter: chapters[0], also: chapters.slice(1) };
  });
}

export type ProvisionPlace =
  | { found: { path: string; title: string; chapter: string }[] }
  | { removed: string; in: string; see?: string }
  | { notYet: string };

/** { provisionId: { edition: place } } for one chapter; the switcher fetches it as JSON. */
export function chapterLineageMap(site: Site, chapter: ChapterModel, edition: EditionModel): Record<string, Record<string, ProvisionPlace>> {
  const out: Record<string, Record<string, ProvisionPlace>> = {};
  for (const p of chapter.sections.flatMap((s) => s.provisions)) {
    out[p.id] = {};
    for (const e of site.editions) {
      if (e.id === edition.id) continue;
      const c = counterpartIn(site, p, e.id);
      out[p.id][e.id] =
        c.kind === 'found' ? { found: c.provisions.map((q) => ({ path: q.path, title: q.title, chapter: chapterOf(site, q).label })) }
        : c.kind === 'removed' ? { removed: c.reason, in: c.in.id, ...(c.see ? { see: c.see } : {}) }
        : { notYet: c.firstEdition };
    }
  }
  return out;
}
