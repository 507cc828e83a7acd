/**
 * The official text the site shows, where a deployer has imported it (content/official/<edition>/,
 * git-ignored): chapters by edition and slug, each paragraph's permanent address, the reviewed
 * alignment of two editions, and the reviewed provision-to-paragraph mapping. With nothing
 * imported every lookup is empty and the site is exactly as without this module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from '../model/content-root.ts';
import type { Site } from '../model/types.ts';
import { loadOfficial } from './load-official.ts';
import { readAlignmentReview } from './review-file.ts';
import type { OfficialChapterFile } from './schema.ts';

export type OfficialPara = Extract<OfficialChapterFile['blocks'][number], { kind: 'para' }>;

export interface OfficialText {
  /** edition -> chapter slug -> chapter. */
  chapters: Map<string, Map<string, OfficialChapterFile>>;
}

const memo = new WeakMap<Site, OfficialText>();

export function getOfficial(site: Site, root = contentRoot()): OfficialText {
  const hit = memo.get(site);
  if (hit) return hit;
  const chapters = new Map<string, Map<string, OfficialChapterFile>>();
  for (const e of site.editions) {
    const list = loadOfficial(root, e.id).filter((c) => e.chapters.some((x) => x.slug === c.slug));
    if (list.length) chapters.set(e.id, new Map(list.map((c) => [c.slug, c])));
  }
  const out = { chapters };
  memo.set(site, out);
  return out;
}

/** What a reader is told where a page worked out from the pages either side is shown: never taken for a printed number. */
export const INFERRED_PAGE = 'not printed on the page: worked out from the pages either side';

/** What a reader is told where a page that prints no number, and whose number could not be worked out, is shown. */
export const FILE_PAGE = 'the page prints no number: this is its place in the PDF file';

/** "page 13", "page iii", or "page 13 (not printed on the page: ...)" for a number the page does not print. */
export const pageWords = (b: { page: number; pageLabel?: string; pageInferred?: boolean; pageFromFile?: boolean }) => `page ${b.pageLabel ?? b.page}${b.pageInferred ? ` (${INFERRED_PAGE})` : b.pageFromFile ? ` (${FILE_PAGE})` : ''}`;

/** The official page of a chapter (no base path). */
export const officialPath = (edition: string, slug: string) => `/${edition}/${slug}/official/`;

/** Every official paragraph of an edition with its address, in document order. */
export function officialParagraphsOf(site: Site, edition: string): { para: OfficialPara; chapter: OfficialChapterFile; path: string }[] {
  const chapters = [...(getOfficial(site).chapters.get(edition)?.values() ?? [])];
  return chapters.flatMap((c) => c.blocks.filter((b): b is OfficialPara => b.kind === 'para').map((para) => ({ para, chapter: c, path: `${officialPath(edition, c.slug)}#${para.anchor}` })));
}

/** The reviewed alignment of two imported editions, if a reviewer has written one. */
export function officialAlignment(older: string, newer: string, root = contentRoot()) {
  const file = join(root, 'official', 'alignment', `${older}-${newer}.yaml`);
  return existsSync(file) ? readAlignmentReview(readFileSync(file, 'utf8')) : null;
}

/** Reviewed entries of provisions-<edition>.yaml: provision id -> official paragraph numbers. */
export function reviewedProvisionMap(edition: string, root = contentRoot()): Map<string, string[]> {
  const file = join(root, 'official', 'alignment', `provisions-${edition}.yaml`);
  if (!existsSync(file)) return new Map();
  const data = parse(readFileSync(file, 'utf8')) as { provisions?: { provision: string; reviewed?: boolean; paragraphs?: string[]; proposed?: { number: string }[] }[] };
  return new Map((data.provisions ?? []).filter((p) => p.reviewed).map((p) => [p.provision, p.paragraphs ?? (p.proposed ?? []).map((x) => x.number)]));
}

/** The official paragraphs one of our provisions summarises: its reviewed mapping, else the numbers a source gives it. */
export function officialLinksFor(site: Site, p: { edition: string; id: string; chapter: string; paras?: { from: { chapter: string | null; n: number }; to: { chapter: string | null; n: number } }[] }): { number: string; path: string }[] {
  const all = officialParagraphsOf(site, p.edition);
  if (!all.length) return [];
  const mapped = reviewedProvisionMap(p.edition).get(p.id);
  const numbers = mapped ?? (p.paras ?? []).flatMap((r) => Array.from({ length: Math.max(0, r.to.n - r.from.n + 1) }, (_, i) => (r.from.chapter && /\./.test(all[0].para.number) ? `${r.from.chapter}.${r.from.n + i}` : String(r.from.n + i))));
  const sameChapter = (x: (typeof all)[number]) => !/^\d+$/.test(x.para.number) || x.chapter.slug === p.chapter;
  return numbers.flatMap((n) => all.filter((x) => x.para.number === n && (mapped || sameChapter(x))).slice(0, 1).map((x) => ({ number: n, path: x.path })));
}
