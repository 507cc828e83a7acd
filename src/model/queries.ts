/** Read-only look-ups over the site model, shared by pages, search, comparison and checks. */
import type { ChapterModel, EditionModel, ProvisionModel, SectionModel, Site } from './types.ts';

export function getEdition(site: Site, id: string): EditionModel | undefined {
  return site.editions.find((e) => e.id === id);
}

export function sectionsOf(edition: EditionModel): SectionModel[] {
  return edition.chapters.flatMap((c) => c.sections);
}

export function provisionsOf(edition: EditionModel): ProvisionModel[] {
  return edition.chapters.flatMap((c) => c.sections.flatMap((s) => s.provisions));
}

export function allProvisions(site: Site): ProvisionModel[] {
  return site.editions.flatMap(provisionsOf);
}

const anchorCache = new WeakMap<EditionModel, Map<string, SectionModel | ProvisionModel>>();

/** Every anchor in an edition (sections and provisions share one namespace), by id. Built once per edition. */
export function anchorsOf(edition: EditionModel): Map<string, SectionModel | ProvisionModel> {
  const hit = anchorCache.get(edition);
  if (hit) return hit;
  const map = new Map<string, SectionModel | ProvisionModel>();
  anchorCache.set(edition, map);
  for (const s of sectionsOf(edition)) {
    if (!map.has(s.id)) map.set(s.id, s);
    for (const p of s.provisions) if (!map.has(p.id)) map.set(p.id, p);
  }
  return map;
}

export function getProvision(site: Site, edition: string, id: string): ProvisionModel | undefined {
  const e = getEdition(site, edition);
  return e ? provisionsOf(e).find((p) => p.id === id) : undefined;
}

export function chapterOf(site: Site, item: { edition: string; chapter: string }): ChapterModel {
  return getEdition(site, item.edition)!.chapters.find((c) => c.slug === item.chapter)!;
}

export function sectionOf(site: Site, p: ProvisionModel): SectionModel {
  return chapterOf(site, p).sections.find((s) => s.id === p.section)!;
}

/** The edition in force (status: current). */
export function currentEdition(site: Site): EditionModel | undefined {
  return site.editions.find((e) => e.status === 'current');
}
