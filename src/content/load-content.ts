/**
 * Walks a content folder and reads every file in it, without judging the data yet:
 *   sources/*.yaml, vocabulary/duty-holders.yaml, redirects.yaml,
 *   editions/<year>/edition.yaml and editions/<year>/<chapter>.mdx.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentError } from '../validation/content-error.ts';
import { readChapterFile, type RawChapterFile } from './chapter-file.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';
import { idsInText } from '../validation/held-back.ts';

export interface RawContent {
  /** The content folder, absolute. */
  root: string;
  /** content/sources/*.yaml, merged into one list (ids unique across files). */
  sources: YamlFile[];
  dutyHolders?: YamlFile;
  redirects?: YamlFile;
  /** One per editions/<year>/ folder: its edition.yaml and optional per-edition YAML files. */
  editions: { folder: string; edition?: YamlFile; glossary?: YamlFile; keyChanges?: YamlFile }[];
  chapters: RawChapterFile[];
  /** The ids defined (and descended from) in chapter files that did not parse, scanned from their text. */
  unreadIds: { ids: string[]; froms: string[] };
  /** Files that could not be read at all (syntax errors, missing required files). */
  errors: ContentError[];
}

/** Paths in messages are relative to the project (the folder above content/), as editors expect. */
export function loadContent(root: string, projectRoot = join(root, '..')): RawContent {
  const rel = (p: string) => relative(projectRoot, p);
  const out: RawContent = { root, sources: [], editions: [], chapters: [], unreadIds: { ids: [], froms: [] }, errors: [] };
  const yaml = (abs: string, required: boolean): YamlFile | undefined => {
    if (!existsSync(abs)) {
      if (required)
        out.errors.push({ code: 'missing-file', file: rel(abs), line: 1, message: 'A required content file is missing.', fix: 'create it; the README shows its shape' });
      return undefined;
    }
    const r = readYamlFile(abs, rel(abs));
    if ('code' in r) {
      out.errors.push(r);
      return undefined;
    }
    return r;
  };
  const sourcesDir = join(root, 'sources');
  const sourceFiles = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  if (sourceFiles.length === 0)
    out.errors.push({ code: 'missing-file', file: rel(sourcesDir), line: 1, message: 'No sources are listed: content/sources/ has no .yaml file.', fix: 'list the sources of the facts in content/sources/<name>.yaml' });
  for (const name of sourceFiles) {
    const y = yaml(join(sourcesDir, name), true);
    if (y) out.sources.push(y);
  }
  out.dutyHolders = yaml(join(root, 'vocabulary', 'duty-holders.yaml'), true);
  out.redirects = yaml(join(root, 'redirects.yaml'), false);
  const editionsDir = join(root, 'editions');
  const folders = existsSync(editionsDir) ? readdirSync(editionsDir).sort() : [];
  for (const folder of folders) {
    const dir = join(editionsDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    out.editions.push({
      folder,
      edition: yaml(join(dir, 'edition.yaml'), true),
      glossary: yaml(join(dir, 'glossary.yaml'), false),
      keyChanges: yaml(join(dir, 'key-changes.yaml'), false),
    });
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const { chapter, errors } = readChapterFile(join(dir, name), rel(join(dir, name)));
      out.errors.push(...errors);
      if (chapter) out.chapters.push(chapter);
      else {
        const { ids, froms } = idsInText(readFileSync(join(dir, name), 'utf8'));
        out.unreadIds.ids.push(...ids, name.replace(/\.mdx$/, ''));
        out.unreadIds.froms.push(...froms);
      }
    }
  }
  return out;
}
