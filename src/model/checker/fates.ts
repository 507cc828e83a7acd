/**
 * What became of each section and provision of every edition in the edition in force, from the
 * authored lineage: the change kinds along the way (unchanged, reworded, changed, moved,
 * carried forward not confirmed), a removal and its reason, and the provisions it became.
 * Build time only; the checker page fetches the result.
 */
import { counterpartIn, lineageOf } from '../lineage.ts';
import { anchorsOf, chapterOf, getEdition, sectionOf } from '../queries.ts';
import { withBase } from '../render-body.ts';
import type { ChapterModel, EditionModel, ProvisionModel, SectionModel, Site } from '../types.ts';
import type { Fate, FateStatus, Place } from './types.ts';
import { statusOf } from '../confirmation/index.ts';

const RANK: FateStatus[] = ['removed', 'changed', 'moved', 'unconfirmed', 'reworded', 'unchanged'];
const worst = (list: FateStatus[]): FateStatus => RANK.find((s) => list.includes(s)) ?? 'unchanged';

/** A step carried forward that the official text confirms unchanged (src/model/confirmation/) counts as unchanged. */
const notConfirmed = (site: Site, q: ProvisionModel) => q.change === 'unconfirmed' && statusOf(site, q).status !== 'confirmed';

function kindStatus(site: Site, q: ProvisionModel): FateStatus {
  const change = q.change;
  if (change === 'unconfirmed') return notConfirmed(site, q) ? 'unconfirmed' : 'unchanged';
  if (change === 'changed' || change === 'split' || change === 'merged') return 'changed';
  if (change === 'moved' || change === 'reworded') return change;
  return 'unchanged';
}

/** "Working Together 2026, Chapter 2, para 48: Lead safeguarding partners". */
export function placeOf(site: Site, base: string, item: ProvisionModel | SectionModel): Place {
  const chapter = chapterOf(site, item);
  const name = 'title' in item ? item.title : item.heading;
  const paras = item.parasLabel ? `, para${item.parasLabel.includes('–') || item.parasLabel.includes(',') ? 's' : ''} ${item.parasLabel}` : '';
  return { label: `${getEdition(site, item.edition)!.shortTitle}, ${chapter.label}${paras}: ${name}`, url: withBase(base, item.path) };
}

/** Where a provision of any edition stands in the edition in force. */
export function provisionFate(site: Site, base: string, p: ProvisionModel, current: EditionModel): Fate {
  if (p.edition === current.id) return { status: 'in-force', unconfirmed: notConfirmed(site, p), successors: [placeOf(site, base, p)], notes: [] };
  const lineage = lineageOf(site);
  const kinds: FateStatus[] = [];
  const notes: string[] = [];
  let frontier = [p];
  while (frontier.length && frontier[0].edition !== current.id) {
    const next = [...new Map(frontier.flatMap((x) => lineage.successors(x)).map((x) => [x.id, x])).values()];
    if (!next.length) break;
    for (const q of next) {
      kinds.push(kindStatus(site, q));
      if (q.note) notes.push(`${q.edition}: ${q.note}`);
    }
    frontier = next;
  }
  const c = counterpartIn(site, p, current.id);
  if (c.kind === 'found')
    return { status: worst(kinds), unconfirmed: kinds.includes('unconfirmed'), successors: c.provisions.map((q) => placeOf(site, base, q)), notes };
  if (c.kind === 'not-yet') return { status: 'not-found', unconfirmed: false, successors: [], notes };
  notes.push(`${c.in.id}: removed. ${c.reason}`);
  const seeTarget = c.see ? anchorsOf(c.in).get(c.see) : undefined;
  const see = seeTarget ? placeOf(site, base, seeTarget) : undefined;
  // Where the removal points at a provision, say where that subject stands today.
  const onward = seeTarget && 'title' in seeTarget ? counterpartIn(site, seeTarget, current.id) : undefined;
  const successors = onward?.kind === 'found' ? onward.provisions.map((q) => placeOf(site, base, q)) : [];
  if (c.see && !see) notes.push(`See: ${c.see}.`);
  return { status: 'removed', unconfirmed: kinds.includes('unconfirmed'), successors, notes, ...(see ? { see } : {}) };
}

/** Where a section's provisions stand in the edition in force, summed up: the sections they are in now. */
export function sectionFate(site: Site, base: string, s: SectionModel, current: EditionModel): Fate {
  const fates = s.provisions.map((p) => ({ p, fate: provisionFate(site, base, p, current) }));
  if (s.edition === current.id) return { status: 'in-force', unconfirmed: fates.some((f) => f.fate.unconfirmed), successors: [placeOf(site, base, s)], notes: [] };
  if (!fates.length) return { status: 'not-found', unconfirmed: false, successors: [], notes: [] };
  const statuses = fates.map((f) => f.fate.status);
  const allGone = statuses.every((x) => x === 'removed');
  const status = allGone ? 'removed' : statuses.includes('removed') ? 'changed' : worst(statuses);
  const sections = new Map<string, Place>();
  for (const { p } of fates) {
    const c = counterpartIn(site, p, current.id);
    if (c.kind === 'found') for (const q of c.provisions) sections.set(`${q.chapter}#${q.section}`, placeOf(site, base, sectionOf(site, q)));
  }
  const notes = [...new Set(fates.flatMap(({ p, fate }) => fate.notes.map((n) => `${p.title} – ${n}`)))];
  const successors = allGone ? [...new Map(fates.flatMap((f) => f.fate.successors).map((x) => [x.url, x])).values()] : [...sections.values()];
  return { status, unconfirmed: fates.some((f) => f.fate.unconfirmed), successors, notes };
}

/**
 * Where a chapter's provisions stand in the edition in force, summed up: the chapters of the
 * edition in force that hold them, most first (only that edition's chapters, never an old one).
 */
export function chapterFate(site: Site, base: string, chapter: ChapterModel, current: EditionModel): Fate {
  const edition = site.editions.find((e) => e.chapters.includes(chapter))!;
  const place = (c: ChapterModel, e: EditionModel): Place => ({ label: `${e.shortTitle}, ${c.heading}`, url: withBase(base, c.path) });
  const provisions = chapter.sections.flatMap((s) => s.provisions);
  if (edition.id === current.id) return { status: 'in-force', unconfirmed: provisions.some((p) => p.change === 'unconfirmed'), successors: [place(chapter, current)], notes: [] };
  if (!provisions.length) return { status: 'not-found', unconfirmed: false, successors: [], notes: [] };
  const fates = provisions.map((p) => provisionFate(site, base, p, current));
  const counts = new Map<string, number>();
  for (const p of provisions) {
    const c = counterpartIn(site, p, current.id);
    if (c.kind === 'found') for (const chapterSlug of new Set(c.provisions.map((q) => q.chapter))) counts.set(chapterSlug, (counts.get(chapterSlug) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const successors = ranked.map(([slug]) => place(current.chapters.find((c) => c.slug === slug)!, current));
  const removed = fates.filter((f) => f.status === 'removed').length;
  const statuses = fates.map((f) => f.status);
  const status: FateStatus = removed === fates.length ? 'removed' : removed ? 'changed' : worst(statuses);
  const spread = ranked.map(([slug, n]) => `${n} in ${current.chapters.find((c) => c.slug === slug)!.label.toLowerCase()}`);
  const notes = [`Of its ${provisions.length} provisions, ${[...spread, ...(removed ? [`${removed} removed`] : [])].join(', ')} of ${current.shortTitle}.`];
  return { status, unconfirmed: fates.some((f) => f.unconfirmed), successors, notes };
}
