/**
 * For the edition switcher: where a chapter's subject stands in each other edition (the chapter
 * holding most of its provisions' counterparts), and where each provision stands (the provisions
 * it became or came from, or that it was removed and why).
 */
import { counterpartIn } from './lineage.ts';
import { chapterOf } from './queries.ts';
import type { ChapterModel, EditionModel, Site } from './types.ts';

export function chapterCounterparts(site: Site, chapter: ChapterModel, edition: EditionModel): { edition: EditionModel; chapter?: ChapterModel }[] {
  const provisions = chapter.sections.flatMap((s) => s.provisions);
  return site.editions.filter((e) => e.id !== edition.id).map((e) => {
    const votes = new Map<string, number>();
    for (const p of provisions) {
      const c = counterpartIn(site, p, e.id);
      if (c.kind === 'found') for (const q of c.provisions) votes.set(q.chapter, (votes.get(q.chapter) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    return { edition: e, chapter: best ? e.chapters.find((c) => c.slug === best[0]) : undefined };
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
