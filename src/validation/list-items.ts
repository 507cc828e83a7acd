/**
 * Validates a YAML file that holds a list, item by item, so a problem is reported as that item's,
 * by its id ("Local note \"front-door\": ...", at the field's line) and one bad item does not hide
 * the others. Items that pass keep their index and line for cross-checks.
 */
import type { z } from 'zod';
import type { YamlFile } from '../content/yaml-file.ts';
import type { ContentError } from './content-error.ts';
import { zodIssuesToErrors } from './zod-issues.ts';

export interface ListItem<T> { data: T; file: string; line: number; locate: YamlFile['locate']; index: number }

/** `Local note "front-door"`, or its position when it has no id. */
export function itemName(kind: string, raw: unknown, i: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw && typeof (raw as { id: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  return id ? `${kind} "${id}"` : `${kind} ${i + 1}`;
}

/** `guide` replaces content/README.md in fixes, for files documented elsewhere. */
export function validateList<T>(y: YamlFile, item: z.ZodType<T>, kind: string, errors: ContentError[], guide?: string): ListItem<T>[] {
  const raw = y.data ?? [];
  if (!Array.isArray(raw)) {
    errors.push({ code: 'invalid-field', file: y.file, line: 1, message: `The file should hold a list (${kind.toLowerCase()} entries).`, fix: 'start each entry with "- id: ..."' });
    return [];
  }
  const out: ListItem<T>[] = [];
  raw.forEach((entry, index) => {
    const parsed = item.safeParse(entry);
    if (parsed.success) out.push({ data: parsed.data, file: y.file, line: y.locate([index]), locate: y.locate, index });
    else errors.push(...zodIssuesToErrors(parsed.error.issues, y.file, (p) => y.locate([index, ...p]), { what: itemName(kind, entry, index), where: 'field' })
      .map((e) => (guide ? { ...e, fix: e.fix.replace('content/README.md', guide) } : e)));
  });
  return out;
}
