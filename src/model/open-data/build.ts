/**
 * Builds the open data files from the site model, each checked against its schema before it is
 * published (a file that does not match fails the build), and the JSON Schemas generated from
 * those zod schemas. Addresses are absolute: the site's origin (WTN_SITE) and base path.
 */
import { z } from 'zod';
import { compareEditions } from '../compare/compare-editions.ts';
import { getEdition, provisionsOf } from '../queries.ts';
import { keyOf, lineageOf } from '../lineage.ts';
import { plainNote } from '../reader-notes.ts';
import { formatTimescale } from '../../schemas/timescale.ts';
import type { EditionModel, ProvisionModel, Site } from '../types.ts';
import { DATA_VERSION, OPEN_DATA_SCHEMAS, type OpenDataName } from '../../schemas/open-data.ts';
import { publicationLink } from '../publication.ts';

export const DATA_PATH = '/data/v1/';

export interface DataContext {
  site: Site;
  /** A site path (no base) as an absolute address. */
  absolute: (path: string) => string;
  /** The day of the last currency check. */
  asOf: string;
}

export const schemaPath = (name: OpenDataName) => `${DATA_PATH}schema/${name}.schema.json`;
export const changesPath = (older: string, newer: string) => `${DATA_PATH}changes/${older}-${newer}.json`;

/** Consecutive pairs of editions (each with the one it replaced). */
export const consecutivePairs = (site: Site): [string, string][] =>
  site.editions.filter((e) => e.previous && getEdition(site, e.previous)).map((e) => [e.previous!, e.id]);

function envelope(ctx: DataContext, name: OpenDataName) {
  return {
    $schema: ctx.absolute(schemaPath(name)),
    version: DATA_VERSION as typeof DATA_VERSION,
    asOf: ctx.asOf,
    notice: 'Summaries in our own words from Working Together Navigator, not the official text of Working Together to Safeguard Children (HM Government; current edition on GOV.UK, earlier ones at The National Archives). Check the official text before relying on any of it.',
  };
}

/** Parses the document with its schema, so nothing off-format is published. */
function checked<N extends OpenDataName>(name: N, doc: unknown): z.infer<(typeof OPEN_DATA_SCHEMAS)[N]> {
  const r = OPEN_DATA_SCHEMAS[name].safeParse(doc);
  if (!r.success) throw new Error(`The open data file "${name}" does not match its schema: ${z.prettifyError(r.error)}`);
  return r.data as z.infer<(typeof OPEN_DATA_SCHEMAS)[N]>;
}

function editionEntry(ctx: DataContext, e: EditionModel) {
  return {
    id: e.id, title: e.shortTitle, published: e.published, inForce: e.inForce, status: e.status, previous: e.previous ?? null,
    url: ctx.absolute(e.path),
    publication: `${e.publication.title} (${e.publication.publisher}): ${publicationLink(e).href ?? e.publication.page.url}`,
  };
}

function provisionEntry(ctx: DataContext, e: EditionModel, p: ProvisionModel) {
  const chapter = e.chapters.find((c) => c.slug === p.chapter)!;
  const section = chapter.sections.find((s) => s.id === p.section)!;
  const unsure = [p.unsure, section.unsure].filter((u): u is string => !!u).map((u) => plainNote(ctx.site, u)).join(' ');
  return {
    key: keyOf(p), edition: p.edition, id: p.id, url: ctx.absolute(p.path),
    chapter: { slug: chapter.slug, label: chapter.label, title: chapter.title },
    section: { id: section.id, heading: section.heading },
    title: p.title, summary: p.text,
    ...(p.parasLabel ? { paragraphs: p.parasLabel } : {}),
    duty: p.duty.map((id) => ctx.site.dutyHolders.get(id)?.name ?? id),
    ...(p.modality ? { modality: p.modality } : {}),
    ...(p.within ? { within: formatTimescale(p.within) } : {}),
    ...(p.every ? { every: formatTimescale(p.every) } : {}),
    from: e.previous ? p.from.map((id) => `${e.previous}:${id}`) : [],
    ...(p.change ? { change: p.change } : {}),
    ...(p.note ? { changeNote: p.note } : {}),
    ...(p.carried ? { carriedFrom: `${p.carried.edition}:${p.carried.id}` } : {}),
    ...(unsure ? { unconfirmed: unsure } : {}),
  };
}

export function provisionsFile(ctx: DataContext) {
  return checked('provisions', {
    ...envelope(ctx, 'provisions'),
    editions: ctx.site.editions.map((e) => editionEntry(ctx, e)),
    provisions: ctx.site.editions.flatMap((e) => provisionsOf(e).map((p) => provisionEntry(ctx, e, p))),
  });
}

export function lineageFile(ctx: DataContext) {
  const l = lineageOf(ctx.site);
  const links = ctx.site.editions.flatMap((e) => provisionsOf(e).flatMap((p) =>
    l.predecessors(p).map((was) => ({ from: keyOf(was), to: keyOf(p), kind: p.change ?? 'changed', ...(p.note ? { note: p.note } : {}) }))));
  const removed = ctx.site.editions.flatMap((e) => e.removed.map((r) => ({ key: `${e.previous}:${r.id}`, removedIn: e.id, reason: r.reason, ...(r.see ? { see: r.see } : {}) })));
  return checked('lineage', { ...envelope(ctx, 'lineage'), links, removed });
}

export function changesFile(ctx: DataContext, older: string, newer: string) {
  const c = compareEditions(ctx.site, older, newer);
  return checked('changes', {
    ...envelope(ctx, 'changes'), older, newer, counts: c.counts,
    provisions: c.chapters.flatMap((g) => g.items.map((i) => ({ key: keyOf(i.now), kind: i.kind, was: i.was.map(keyOf), types: i.types, typed: i.typed, notes: i.notes }))),
    removed: c.removed.flatMap((g) => g.items.map((r) => ({ key: keyOf(r.was), removedIn: r.removedIn, reason: r.reason, ...(r.see ? { see: r.see } : {}) }))),
  });
}

export function glossaryFile(ctx: DataContext) {
  return checked('glossary', {
    ...envelope(ctx, 'glossary'),
    terms: ctx.site.editions.flatMap((e) => e.glossary.map((g) => {
      const at = g.definedAt ? e.chapters.flatMap((c) => c.sections).flatMap((s) => [s, ...s.provisions]).find((x) => x.id === g.definedAt) : undefined;
      return { edition: e.id, term: g.term, ...(g.acronym ? { acronym: g.acronym } : {}), meaning: g.meaning.replace(/\s+/g, ' ').trim(), ...(at ? { definedAt: ctx.absolute(at.path) } : {}) };
    })),
  });
}

/** Every file of the version, for the index and the /data/ page. */
export function dataFiles(site: Site): { name: string; path: string; schema: OpenDataName }[] {
  return [
    { name: 'Every provision, with its permanent address and lineage', path: `${DATA_PATH}provisions.json`, schema: 'provisions' },
    { name: 'Lineage links between editions, and removals', path: `${DATA_PATH}lineage.json`, schema: 'lineage' },
    ...consecutivePairs(site).map(([a, b]) => ({ name: `Typed changes from ${a} to ${b}`, path: changesPath(a, b), schema: 'changes' as const })),
    { name: 'Glossary terms of every edition', path: `${DATA_PATH}glossary.json`, schema: 'glossary' },
  ];
}

export function indexFile(ctx: DataContext) {
  return checked('index', {
    ...envelope(ctx, 'index'),
    files: dataFiles(ctx.site).map((f) => ({ name: f.name, url: ctx.absolute(f.path), schema: ctx.absolute(schemaPath(f.schema)) })),
  });
}

/** The JSON Schema (draft 2020-12) of one file, generated from its zod schema. */
export function jsonSchemaOf(name: OpenDataName, absolute: (path: string) => string): Record<string, unknown> {
  const schema = z.toJSONSchema(OPEN_DATA_SCHEMAS[name], { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, $id: absolute(schemaPath(name)), title: `Working Together Navigator open data v1: ${name}` };
}
