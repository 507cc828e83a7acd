/**
 * Practitioners' shorthand (content/vocabulary/shorthand.yaml), read and validated for the search
 * build. A problem comes back with its file and line, so the build fails saying what to fix.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../content/yaml-file.ts';
import { shorthandFileSchema, type Shorthand } from '../schemas/shorthand.ts';
import type { ContentError } from '../validation/content-error.ts';
import { zodIssuesToErrors } from '../validation/zod-issues.ts';

export const SHORTHAND_FILE = join('vocabulary', 'shorthand.yaml');

export interface LoadedShorthand {
  entries: Shorthand[];
  errors: ContentError[];
}

/** Reads content/vocabulary/shorthand.yaml; a missing file is an empty vocabulary. */
export function loadShorthand(root: string, project: string): LoadedShorthand {
  const abs = join(root, SHORTHAND_FILE);
  if (!existsSync(abs)) return { entries: [], errors: [] };
  const y = readYamlFile(abs, relative(project, abs));
  if ('code' in y) return { entries: [], errors: [y] };
  const parsed = shorthandFileSchema.safeParse(y.data ?? []);
  if (!parsed.success)
    return { entries: [], errors: zodIssuesToErrors(parsed.error.issues, y.file, y.locate, { what: 'Shorthand vocabulary', where: 'field' }) };
  const errors: ContentError[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((entry, i) =>
    entry.shorthand.forEach((s, j) => {
      const key = s.toLowerCase();
      if (seen.has(key))
        errors.push({ code: 'shorthand-duplicate', file: y.file, line: y.locate([i, 'shorthand', j]), message: `The shorthand "${s}" is listed twice (also in entry ${seen.get(key)! + 1}).`, fix: 'keep it in one entry and list all its search phrases there' });
      else seen.set(key, i);
    }),
  );
  return { entries: parsed.data, errors };
}
