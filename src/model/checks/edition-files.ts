/**
 * Key changes and glossary entries point at things that exist: every link names a section or
 * provision of the edition, every "previous" one of the previous edition, every chapter a file,
 * every definedAt an anchor, and every cited source is listed.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { anchorsOf, getEdition, provisionsOf } from '../queries.ts';
import type { Site } from '../types.ts';

export function checkEditionFiles(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const e of site.editions) {
    const anchors = anchorsOf(e);
    const prev = e.previous ? getEdition(site, e.previous) : undefined;
    const prevIds = new Set(prev ? provisionsOf(prev).map((p) => p.id) : []);
    const k = e.keyChanges;
    if (k) {
      const at = (key: string) => k.lineOf[key] ?? 1;
      const checkChange = (c: { links: string[]; previous?: string[] }, key: string) => {
        for (const id of c.links)
          if (!anchors.has(id))
            errors.push({ code: 'key-change-broken-link', file: k.file, line: at(key), message: `A key change links to "${id}", which edition ${e.id} does not have.`, fix: `link to an existing section or provision id of ${e.id}` });
        for (const id of c.previous ?? [])
          if (!prevIds.has(id))
            errors.push({ code: 'key-change-broken-link', file: k.file, line: at(key), message: `A key change names previous provision "${id}", which edition ${e.previous ?? '(none)'} does not have.`, fix: 'name an existing provision of the previous edition, or drop previous:' });
      };
      k.atAGlance.forEach((c, i) => checkChange(c, `atAGlance.${i}`));
      k.chapters.forEach((ch, i) => {
        if (!e.chapters.some((c) => c.slug === ch.chapter))
          errors.push({ code: 'key-change-unknown-chapter', file: k.file, line: at(`chapters.${i}`), message: `Key changes name chapter "${ch.chapter}", which edition ${e.id} does not have.`, fix: `use a chapter file name: ${e.chapters.map((c) => c.slug).join(', ')}` });
        ch.changes.forEach((c, j) => checkChange(c, `chapters.${i}.changes.${j}`));
      });
      for (const id of k.sources)
        if (!site.sources.has(id))
          errors.push({ code: 'unknown-source', file: k.file, line: 1, message: `Key changes cite source "${id}", which content/sources/*.yaml does not list.`, fix: 'add it to a file in content/sources/' });
    }
    const seenAcronyms = new Map<string, number>();
    for (const g of e.glossary) {
      if (g.definedAt && !anchors.has(g.definedAt))
        errors.push({ code: 'glossary-broken-link', file: g.file, line: g.line, message: `Glossary entry "${g.term}" is defined at "${g.definedAt}", which edition ${e.id} does not have.`, fix: 'name an existing section or provision id, or drop definedAt' });
      for (const id of g.sources)
        if (!site.sources.has(id))
          errors.push({ code: 'unknown-source', file: g.file, line: g.line, message: `Glossary entry "${g.term}" cites source "${id}", which content/sources/*.yaml does not list.`, fix: 'add it to a file in content/sources/' });
      if (g.acronym && seenAcronyms.has(g.acronym))
        errors.push({ code: 'duplicate-acronym', file: g.file, line: g.line, message: `The acronym ${g.acronym} is listed twice (first at line ${seenAcronyms.get(g.acronym)}).`, fix: 'keep one entry per acronym' });
      if (g.acronym) seenAcronyms.set(g.acronym, g.line);
    }
  }
  return errors;
}
