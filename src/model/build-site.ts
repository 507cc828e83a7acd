/**
 * Assembles validated records into the site model: editions hold their chapters in reading order,
 * chapters their sections, sections their provisions; paragraph numbers are parsed by each
 * edition's scheme. Problems found while assembling are returned as ContentErrors.
 */
import { toString } from 'mdast-util-to-string';
import type { ContentError } from '../validation/content-error.ts';
import type { ValidChapter, ValidContent } from '../validation/validate-content.ts';
import { describeRangeProblem, formatParaRanges, parseParaRanges, type ParaScheme } from './paragraphs.ts';
import { deriveInForce } from './in-force.ts';
import type { ChapterModel, EditionModel, ProvisionModel, SectionModel, Site } from './types.ts';

const KIND_ORDER = { front: 0, chapter: 1, appendix: 2 } as const;

function chapterOrder(a: ChapterModel, b: ChapterModel): number {
  const k = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (k) return k;
  if (a.kind === 'front') return (a.order ?? 99) - (b.order ?? 99);
  const an = a.number!, bn = b.number!;
  return typeof an === 'number' && typeof bn === 'number' ? an - bn : String(an).localeCompare(String(bn), 'en', { numeric: true });
}

function paraKeyOf(c: ValidChapter): string {
  const { kind, number } = c.data;
  if (kind === 'chapter') return String(number);
  if (kind === 'appendix') return /^[A-Z]$/.test(String(number)) ? String(number) : `appendix-${number}`;
  return c.slug;
}

function headingOf(c: ValidChapter): string {
  return c.data.kind === 'front' ? c.data.title : `${labelOf(c)}: ${c.data.title}`;
}

function labelOf(c: ValidChapter): string {
  const { kind, number, title } = c.data;
  return kind === 'chapter' ? `Chapter ${number}` : kind === 'appendix' ? `Appendix ${number}` : title;
}

/** Lines of each change in key-changes.yaml, keyed "atAGlance.0" or "chapters.1.changes.2". */
function keyChangeLines(k: NonNullable<ValidContent['editions'][number]['keyChanges']>): Record<string, number> {
  const out: Record<string, number> = {};
  k.data.atAGlance.forEach((_, i) => (out[`atAGlance.${i}`] = k.locate(['atAGlance', i])));
  k.data.chapters.forEach((c, i) => {
    out[`chapters.${i}`] = k.locate(['chapters', i]);
    c.changes.forEach((_, j) => (out[`chapters.${i}.changes.${j}`] = k.locate(['chapters', i, 'changes', j])));
  });
  return out;
}

/**
 * A provision carried forward unconfirmed, with no summary of its own, shows its predecessor's
 * summary; any structured fact it does not state is its predecessor's. Editions are done oldest
 * first, so a chain of unconfirmed carries resolves to the last confirmed summary. The summary's
 * own `unsure` note travels with it (carriedUnsure) unless the provision says predecessorUnsure="replace".
 */
function carryForwardUnconfirmed(site: Site): void {
  const byEdition = new Map(site.editions.map((e) => [e.id, new Map(e.chapters.flatMap((c) => c.sections.flatMap((s) => s.provisions)).map((p) => [p.id, p]))]));
  for (const e of site.editions) {
    if (!e.previous) continue;
    for (const p of byEdition.get(e.id)!.values()) {
      if (p.change !== 'unconfirmed' || p.from.length !== 1) continue;
      const was = byEdition.get(e.previous)?.get(p.from[0]);
      if (!was) continue;
      if (p.body.length === 0) {
        p.body = was.body;
        p.text = was.text;
        p.carried = was.carried ?? { edition: was.edition, id: was.id };
        // The caveats of the summary travel with it, unless this provision replaces them.
        const caveat = was.carried ? was.carriedUnsure : was.unsure ? { edition: was.edition, id: was.id, text: was.unsure } : undefined;
        if (caveat && p.predecessorUnsure !== 'replace') p.carriedUnsure = caveat;
      }
      if (p.duty.length === 0) p.duty = was.duty;
      p.modality ??= was.modality;
      p.within ??= was.within;
      p.every ??= was.every;
    }
  }
}

export function buildSite(content: ValidContent): { site: Site; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const site: Site = {
    editions: [],
    sources: new Map(),
    dutyHolders: new Map((content.dutyHolders?.data ?? []).map((d) => [d.id, d])),
    redirects: (content.redirects?.data ?? []).map((r, i) => ({ ...r, file: content.redirects!.file, line: content.redirects!.locate([i]) })),
  };
  for (const file of content.sources) {
    file.data.forEach((s, i) => {
      if (site.sources.has(s.id))
        errors.push({ code: 'duplicate-source', file: file.file, line: file.locate([i, 'id']), message: `Source id "${s.id}" is listed twice.`, fix: 'give the new source its own id (ids are unique across content/sources/*.yaml)' });
      else site.sources.set(s.id, s);
    });
  }
  const editions = new Map<string, EditionModel>();
  for (const e of content.editions) {
    if (e.data.id !== e.folder)
      errors.push({ code: 'edition-folder-mismatch', file: e.file, line: e.locate(['id']), message: `The edition's id ${e.data.id} does not match its folder editions/${e.folder}/.`, fix: `rename the folder to editions/${e.data.id}/ or correct the id` });
    const removed = e.data.removed.map((r, i) => ({ ...r, line: e.locate(['removed', i]) }));
    const glossary = (e.glossary?.data ?? []).map((g, i) => ({ ...g, file: e.glossary!.file, line: e.glossary!.locate([i]) }));
    const keyChanges = e.keyChanges ? { ...e.keyChanges.data, file: e.keyChanges.file, lineOf: keyChangeLines(e.keyChanges) } : undefined;
    const model: EditionModel = { ...e.data, status: 'superseded', supersededBy: null, removed, glossary, keyChanges, chapters: [], file: e.file, line: 1, path: `/${e.data.id}/`, shortTitle: `Working Together ${e.data.id}`, publicationLines: { publication: e.locate(['publication']), archive: e.locate(['publication', 'archive']) } };
    editions.set(model.id, model);
    site.editions.push(model);
  }
  site.editions.sort((a, b) => a.id.localeCompare(b.id));
  deriveInForce(site.editions);

  const heldBack = new Map<string, number>();
  for (const c of content.chapters) {
    const edition = editions.get(c.data.edition);
    const failed = !edition && content.failedEditions.find((f) => f.folder === c.data.edition && c.file.includes(`/editions/${f.folder}/`));
    if (failed) {
      heldBack.set(failed.file, (heldBack.get(failed.file) ?? 0) + 1);
      continue;
    }
    if (!edition) {
      const known = [...editions.keys()].join(', ') || 'none';
      errors.push({ code: 'unknown-edition', file: c.file, line: c.locate(['edition']), message: `The chapter names edition ${c.data.edition}, which does not exist (editions: ${known}).`, fix: 'name an existing edition, or add editions/<year>/edition.yaml for it' });
      continue;
    }
    if (!c.file.includes(`/editions/${edition.id}/`))
      errors.push({ code: 'edition-folder-mismatch', file: c.file, line: c.locate(['edition']), message: `The chapter says it belongs to edition ${edition.id} but lives in another edition's folder.`, fix: `move it to editions/${edition.id}/ or correct its edition` });
    const { sources: chapterSources, ...chapterData } = c.data;
    const chapter: ChapterModel = {
      ...chapterData, slug: c.slug, paraKey: paraKeyOf(c), label: labelOf(c), heading: headingOf(c), sections: [],
      file: c.file, line: 1, path: `${edition.path}${c.slug}/`,
    };
    const part = chapter.part ? edition.parts.find((p) => p.id === chapter.part) : undefined;
    if (chapter.part && !part)
      errors.push({ code: 'unknown-part', file: c.file, line: c.locate(['part']), message: `The chapter names part "${chapter.part}", which edition ${edition.id} does not have.`, fix: `use one of: ${edition.parts.map((p) => p.id).join(', ')}` });
    if (part && chapter.statutory !== null && part.statutory !== chapter.statutory)
      errors.push({ code: 'statutory-mismatch', file: c.file, line: c.locate(['statutory']), message: `The chapter says statutory: ${chapter.statutory}, but its part "${part.title}" says ${part.statutory}.`, fix: `set statutory: ${part.statutory}, or move the chapter to the right part` });

    const scheme: ParaScheme = edition.numbering.scheme;
    const parse = (text: string | undefined, file: string, line: number, what: string) => {
      if (text === undefined) return undefined;
      const ranges = parseParaRanges(text, scheme, chapter.paraKey);
      const wrongChapter = ranges?.find((r) => scheme === 'chapter-dot-paragraph' && r.from.chapter !== chapter.paraKey);
      if (!ranges || wrongChapter) {
        const why = wrongChapter
          ? `it is not in ${chapter.label} (its numbers start ${chapter.paraKey}.)`
          : describeRangeProblem(text, scheme, chapter.paraKey, edition.numbering.example ?? '5.82');
        errors.push({ code: 'bad-paragraph-range', file, line, message: `${what} has paragraphs "${text}", but ${why}.`, fix: 'write a number or a range as the edition prints it, first to last, e.g. "5.82-5.112"' });
        return undefined;
      }
      return ranges;
    };

    for (const s of c.sections) {
      const paras = parse(s.data.paras, c.file, s.locate(['paras']), `Section "${s.data.id}"`);
      const section: SectionModel = {
        id: s.data.id, edition: edition.id, chapter: chapter.slug, heading: s.data.heading,
        paras, parasLabel: paras && formatParaRanges(paras, scheme), pages: s.data.page, rangeNote: s.data.rangeNote,
        sources: [...new Set([...chapterSources, ...(s.data.sources ?? [])])], unsure: s.data.unsure,
        provisions: [], file: c.file, line: s.line, path: `${chapter.path}#${s.data.id}`,
      };
      if (section.sources.length === 0)
        errors.push({ code: 'missing-sources', file: c.file, line: s.line, message: `Section "${section.id}" does not say where its facts come from.`, fix: 'add sources="..." to the section (or sources: [...] to the chapter front matter)' });
      for (const p of s.provisions) {
        const pp = parse(p.data.paras, c.file, p.locate(['paras']), `Provision "${p.data.id}"`);
        const provision: ProvisionModel = {
          ...p.data, duty: p.data.duty ?? [], from: p.data.from ?? [], sources: p.data.sources ?? [],
          paras: pp, parasLabel: pp && formatParaRanges(pp, scheme),
          edition: edition.id, chapter: chapter.slug, section: section.id, body: p.body,
          text: p.body.map((n) => toString(n)).join(' ').replace(/\s+/g, ' ').trim(),
          file: c.file, line: p.line, path: `${chapter.path}#${p.data.id}`,
        };
        section.provisions.push(provision);
      }
      chapter.sections.push(section);
    }
    edition.chapters.push(chapter);
  }
  for (const [file, n] of heldBack)
    errors.push({ code: 'held-back', file, line: 1, message: `${n} chapter file${n === 1 ? ' was' : 's were'} not checked: ${n === 1 ? 'it belongs' : 'they belong'} to this edition, whose edition.yaml has the problems listed above.`, fix: 'fix the edition.yaml problems first; its chapters are then checked' });
  for (const e of site.editions) e.chapters.sort(chapterOrder);
  carryForwardUnconfirmed(site);
  return { site, errors };
}
