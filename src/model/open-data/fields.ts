/** The fields of an open data file, read from its generated JSON Schema, for the /data/ page's tables. */
import { jsonSchemaOf } from './build.ts';
import type { OpenDataName } from '../../schemas/open-data.ts';

export interface FieldRow { path: string; type: string; required: boolean; description: string }

type Node = { type?: string | string[]; properties?: Record<string, Node>; required?: string[]; items?: Node; description?: string; enum?: unknown[]; const?: unknown; anyOf?: Node[] };

function typeOf(n: Node): string {
  if (n.const !== undefined) return JSON.stringify(n.const);
  if (n.enum) return n.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (n.anyOf) return n.anyOf.map(typeOf).join(' | ');
  if (n.type === 'array') return `array of ${n.items ? typeOf(n.items) : 'any'}`;
  return Array.isArray(n.type) ? n.type.join(' | ') : n.type ?? 'any';
}

/** Every field, depth first, with dotted paths ("provisions[].chapter.slug"). */
export function fieldRows(name: OpenDataName): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (n: Node, prefix: string) => {
    for (const [k, child] of Object.entries(n.properties ?? {})) {
      const path = `${prefix}${k}`;
      rows.push({ path, type: typeOf(child).replace(/array of object/, 'array of objects'), required: (n.required ?? []).includes(k), description: child.description ?? child.items?.description ?? '' });
      if (child.type === 'object') walk(child, `${path}.`);
      if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${path}[].`);
    }
  };
  walk(jsonSchemaOf(name, (p) => p) as Node, '');
  return rows;
}
