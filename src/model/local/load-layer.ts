/**
 * Reads a local layer folder and validates each file with its schema, without looking at the
 * national content yet:
 *   partnership.yaml (required), documents.yaml, notes/*.yaml, amendments.yaml.
 * Problems come back as ContentErrors (file relative to the project, line, fix).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { readYamlFile, type YamlFile } from '../../content/yaml-file.ts';
import { partnershipSchema, type PartnershipFile } from '../../schemas/local-layer.ts';
import { localDocumentsFileSchema, type LocalDocument } from '../../schemas/local-document.ts';
import { localNotesFileSchema, type LocalNote } from '../../schemas/local-note.ts';
import { localAmendmentsFileSchema, type LocalAmendment } from '../../schemas/amendments.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors } from '../../validation/zod-issues.ts';
import { LAYER_GUIDE } from './root.ts';
import { itemName, validateList, type ListItem } from '../../validation/list-items.ts';

const list = <T>(y: YamlFile, schema: z.ZodArray<z.ZodType<T>>, kind: string, errors: ContentError[]) => validateList(y, schema.element, kind, errors, LAYER_GUIDE);

/** A validated record with the file and line it came from, and the file's locate for cross-checks. */
export type Located<T> = ListItem<T>;

export interface LayerFiles {
  dir: string;
  rel: string;
  partnership?: { data: PartnershipFile; file: string; locate: YamlFile['locate'] };
  documents: Located<LocalDocument>[];
  /** Each note, with the area its folder names when it sits in notes/<area>/ (a regional site's per-area notes). */
  notes: (Located<LocalNote> & { folderArea?: string })[];
  amendments: Located<LocalAmendment>[];
  errors: ContentError[];
}

/**
 * Validates data with a schema; a problem inside an item of a list (`items`: the list's path) is
 * reported as that item's, by name, with the field path inside it, at the field's line.
 */
function validate<T>(y: YamlFile, data: unknown, schema: z.ZodType<T>, what: string, errors: ContentError[], items?: { at: PropertyKey[]; kind: string; list: unknown[] }, base: PropertyKey[] = []): T | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const at = (p: PropertyKey[]) => y.locate([...base, ...p]);
  for (const issue of parsed.error.issues) {
    const n = items ? issue.path.length > items.at.length && items.at.every((k, j) => issue.path[j] === k) ? issue.path[items.at.length] : undefined : undefined;
    const inItem = typeof n === 'number';
    const local = inItem ? { ...issue, path: issue.path.slice(items!.at.length + 1) } : issue;
    const locate = inItem ? (p: PropertyKey[]) => at([...items!.at, n, ...p]) : at;
    const name = inItem ? itemName(items!.kind, items!.list[n], n) : what;
    errors.push(...zodIssuesToErrors([local as typeof issue], y.file, locate, { what: name, where: 'field' }).map((e) => ({ ...e, fix: e.fix.replace('content/README.md', LAYER_GUIDE) })));
  }
  return undefined;
}

export function readLayer(dir: string, project: string): LayerFiles {
  const rel = relative(project, dir) || '.';
  const out: LayerFiles = { dir, rel, documents: [], notes: [], amendments: [], errors: [] };
  const read = (abs: string): YamlFile | undefined => {
    const y = readYamlFile(abs, relative(project, abs));
    if ('code' in y) { out.errors.push(y); return undefined; }
    return y;
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    out.errors.push({ code: 'local-layer-missing', file: rel, line: 1, message: `The local layer folder ${rel} does not exist.`, fix: `create it (${LAYER_GUIDE} shows its files), or unset WTN_LOCAL_DIR for a national-only build` });
    return out;
  }
  const partnership = join(dir, 'partnership.yaml');
  if (!existsSync(partnership))
    out.errors.push({ code: 'missing-file', file: relative(project, partnership), line: 1, message: 'The local layer has no partnership.yaml: it does not say whose it is or which areas it serves.', fix: `create it; ${LAYER_GUIDE} shows its shape` });
  else {
    const y = read(partnership);
    const areas = y && y.data && typeof y.data === 'object' && Array.isArray((y.data as { areas?: unknown }).areas) ? (y.data as { areas: unknown[] }).areas : [];
    const data = y && validate(y, y.data ?? {}, partnershipSchema, 'partnership.yaml', out.errors, { at: ['areas'], kind: 'Area', list: areas });
    if (y && data) out.partnership = { data, file: y.file, locate: y.locate };
  }
  const documents = join(dir, 'documents.yaml');
  if (existsSync(documents)) {
    const y = read(documents);
    if (y) out.documents = list(y, localDocumentsFileSchema, 'Local document', out.errors);
  }
  const notesDir = join(dir, 'notes');
  const notesIn = (folder: string, folderArea?: string) => {
    for (const name of readdirSync(folder).sort()) {
      const abs = join(folder, name);
      if (statSync(abs).isDirectory() && !folderArea) notesIn(abs, name);
      else if (name.endsWith('.yaml')) {
        const y = read(abs);
        if (y) out.notes.push(...list(y, localNotesFileSchema, 'Local note', out.errors).map((n) => ({ ...n, folderArea })));
      }
    }
  };
  if (existsSync(notesDir)) notesIn(notesDir);
  const amendments = join(dir, 'amendments.yaml');
  if (existsSync(amendments)) {
    const y = read(amendments);
    if (y) out.amendments = list(y, localAmendmentsFileSchema, 'Local update', out.errors);
  }
  return out;
}
