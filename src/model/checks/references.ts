/** Every source and duty holder named in content exists in its list. */
import type { ContentError } from '../../validation/content-error.ts';
import { provisionsOf, sectionsOf } from '../queries.ts';
import type { Site } from '../types.ts';

export function checkReferences(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = [...site.sources.keys()];
  const unknownSource = (id: string, file: string, line: number, what: string) =>
    errors.push({
      code: 'unknown-source', file, line,
      message: `${what} cites source "${id}", which content/sources/*.yaml does not list.`,
      fix: `add it to a file in content/sources/, or use a listed source (${sourceIds.slice(0, 6).join(', ')}${sourceIds.length > 6 ? ', ...' : ''})`,
    });
  for (const d of site.dutyHolders.values())
    if (d.partOf && !site.dutyHolders.has(d.partOf))
      errors.push({ code: 'unknown-duty-holder', file: 'content/vocabulary/duty-holders.yaml', line: 1, message: `Duty holder "${d.id}" is part of "${d.partOf}", which the vocabulary does not list.`, fix: 'name a listed duty-holder id in partOf' });
  for (const e of site.editions) {
    const cited = [...e.sources, ...e.numbering.sources, ...[...e.amendments, ...e.transitional, ...e.relatedDocuments, ...e.flowcharts, e.publication.page, ...e.publication.pdf].flatMap((f) => f.sources), ...(e.publication.archive?.sources ?? [])];
    for (const id of new Set(cited)) if (!site.sources.has(id)) unknownSource(id, e.file, 1, `Edition ${e.id}`);
    for (const f of e.flowcharts)
      if (!e.chapters.some((c) => c.slug === f.chapter))
        errors.push({ code: 'unknown-chapter', file: e.file, line: 1, message: `Flowchart ${f.number} of edition ${e.id} stands in chapter "${f.chapter}", which the edition does not have.`, fix: `use a chapter file name: ${e.chapters.map((c) => c.slug).join(', ')}` });
    for (const s of sectionsOf(e))
      for (const id of s.sources) if (!site.sources.has(id)) unknownSource(id, s.file, s.line, `Section "${s.id}"`);
    for (const p of provisionsOf(e))
      for (const id of p.duty)
        if (!site.dutyHolders.has(id))
          errors.push({
            code: 'unknown-duty-holder', file: p.file, line: p.line,
            message: `Provision "${p.id}" names duty holder "${id}", which content/vocabulary/duty-holders.yaml does not list.`,
            fix: 'use a listed duty-holder id, or add the body to the vocabulary with its group',
          });
  }
  return errors;
}
