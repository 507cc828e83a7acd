/**
 * Runs every raw record through its zod schema. Output: typed records that still know their
 * file and line, plus one ContentError per problem. Content is validated here, once.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import type { RawContent } from '../content/load-content.ts';
import type { RawElement } from '../content/chapter-file.ts';
import type { YamlFile } from '../content/yaml-file.ts';
import { chapterSchema, type Chapter } from '../schemas/chapter.ts';
import { dutyHoldersFileSchema, type DutyHolder } from '../schemas/duty-holder.ts';
import { editionSchema, type Edition } from '../schemas/edition.ts';
import { glossaryFileSchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { keyChangesSchema, type KeyChanges } from '../schemas/key-changes.ts';
import { provisionSchema, type ProvisionAttributes } from '../schemas/provision.ts';
import { redirectsFileSchema, type RedirectEntry } from '../schemas/redirect.ts';
import { sectionSchema, type SectionAttributes } from '../schemas/section.ts';
import { sourcesFileSchema, type Source } from '../schemas/source.ts';
import type { ContentError } from './content-error.ts';
import { zodIssuesToErrors, type Locate } from './zod-issues.ts';
import type { Unread } from './held-back.ts';
import type { RootContent } from 'mdast';

export interface Located<T> {
  data: T;
  file: string;
  line: number;
  locate: Locate;
}
export interface ValidProvision extends Located<ProvisionAttributes> {
  body: RootContent[];
}
export interface ValidSection extends Located<SectionAttributes> {
  provisions: ValidProvision[];
}
export interface ValidChapter extends Located<Chapter> {
  slug: string;
  sections: ValidSection[];
}
export interface ValidContent {
  sources: Located<Source[]>[];
  dutyHolders: Located<DutyHolder[]> | null;
  redirects: Located<RedirectEntry[]> | null;
  editions: (Located<Edition> & { folder: string; glossary: Located<GlossaryEntry[]> | null; keyChanges: Located<KeyChanges> | null })[];
  chapters: ValidChapter[];
  /** Ids that sections and provisions failing their schema (or in unparsed files) would have defined. */
  unread: Unread;
  /** Edition folders whose edition.yaml is missing or failed validation: their chapters are held back. */
  failedEditions: { folder: string; file: string }[];
}

export function validateContent(raw: RawContent): { content: ValidContent; errors: ContentError[] } {
  const errors: ContentError[] = [...raw.errors];

  const check = <S extends z.ZodType>(schema: S, data: unknown, file: string, locate: Locate, what: string, where: 'attribute' | 'field') => {
    const r = schema.safeParse(data);
    if (r.success) return r.data as z.infer<S>;
    errors.push(...zodIssuesToErrors(r.error.issues, file, locate, { what, where }));
    return null;
  };
  const yamlFile = <S extends z.ZodType>(schema: S, y: YamlFile | undefined, what: string): Located<z.infer<S>> | null => {
    if (!y) return null;
    const data = check(schema, y.data ?? [], y.file, y.locate, what, 'field');
    return data === null ? null : { data, file: y.file, line: 1, locate: y.locate };
  };
  const element = <S extends z.ZodType>(schema: S, el: RawElement, file: string, what: string) => {
    const locate: Locate = (path) => el.attrLines[String(path[0])] ?? el.line;
    const data = check(schema, el.attrs, file, locate, what, 'attribute');
    return data === null ? null : { data, file, line: el.line, locate };
  };

  const content: ValidContent = {
    sources: raw.sources.map((y) => yamlFile(sourcesFileSchema, y, 'Sources list')).filter((x) => x !== null),
    dutyHolders: yamlFile(dutyHoldersFileSchema, raw.dutyHolders, 'Duty-holder list'),
    redirects: yamlFile(redirectsFileSchema, raw.redirects, 'Redirect list'),
    editions: [],
    chapters: [],
    failedEditions: [],
    unread: { ids: new Set(raw.unreadIds.ids), froms: new Set(raw.unreadIds.froms) },
  };
  const unreadElement = (el: RawElement) => {
    if (el.attrs.id) content.unread.ids.add(el.attrs.id);
    for (const f of (el.attrs.from ?? '').split(/\s+/).filter(Boolean)) content.unread.froms.add(f);
  };
  for (const e of raw.editions) {
    const v = yamlFile(editionSchema, e.edition, 'Edition');
    const glossary = yamlFile(glossaryFileSchema, e.glossary, 'Glossary');
    const keyChanges = yamlFile(keyChangesSchema, e.keyChanges, 'Key changes');
    if (v) content.editions.push({ ...v, folder: e.folder, glossary, keyChanges });
    else content.failedEditions.push({ folder: e.folder, file: e.edition?.file ?? `content/editions/${e.folder}/edition.yaml` });
  }
  for (const c of raw.chapters) {
    const fm = check(chapterSchema, c.frontmatter ?? {}, c.file, c.locateFrontmatter, 'Chapter front matter', 'field');
    const sections: ValidSection[] = [];
    for (const s of c.sections) {
      const sec = element(sectionSchema, s, c.file, `<Section${s.attrs.id ? ` id="${s.attrs.id}"` : ''}>`);
      const provisions: ValidProvision[] = [];
      for (const p of s.provisions) {
        const prov = element(provisionSchema, p, c.file, `<P${p.attrs.id ? ` id="${p.attrs.id}"` : ''}>`);
        if (prov) provisions.push({ ...prov, body: p.body });
        else unreadElement(p);
      }
      if (sec) sections.push({ ...sec, provisions });
      else [s, ...s.provisions].forEach(unreadElement);
    }
    if (!fm) c.sections.forEach((s) => [s, ...s.provisions].forEach(unreadElement));
    if (fm) content.chapters.push({ data: fm, file: c.file, line: 1, locate: c.locateFrontmatter, slug: basename(c.file, '.mdx'), sections });
  }
  return { content, errors };
}
