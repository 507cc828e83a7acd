/**
 * Lineage holds together: every predecessor exists in the previous edition; every provision of
 * the previous edition either has a descendant or is listed as deliberately removed; a removal
 * is not also descended from; splits and merges are what they say.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { getEdition, provisionsOf } from '../queries.ts';
import type { ProvisionModel, Site } from '../types.ts';

const ts = (t?: { value: number; unit: string }) => (t ? `${t.value} ${t.unit}` : '');

/** Which structured facts of two provisions differ: "duty holders", "modality", "timescale", "interval". */
export function factsDiffer(a: ProvisionModel, b: ProvisionModel): string[] {
  const out: string[] = [];
  if ([...a.duty].sort().join(' ') !== [...b.duty].sort().join(' ')) out.push('duty holders');
  if ((a.modality ?? '') !== (b.modality ?? '')) out.push('modality');
  if (ts(a.within) !== ts(b.within)) out.push('timescale');
  if (ts(a.every) !== ts(b.every)) out.push('interval');
  return out;
}

export function checkLineage(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const edition of site.editions) {
    const own = provisionsOf(edition);
    const withLineage = own.filter((p) => p.from.length > 0);
    const previous = edition.previous ? getEdition(site, edition.previous) : undefined;
    if (!previous) {
      for (const p of withLineage)
        errors.push({ code: 'lineage-without-previous', file: p.file, line: p.line, message: `Provision "${p.id}" names a predecessor, but edition ${edition.id} has no previous edition on this site.`, fix: 'remove from="..." and change="...", or set previous: in the edition.yaml' });
      continue;
    }
    const older = new Map(provisionsOf(previous).map((p) => [p.id, p]));
    const descendants = new Map<string, ProvisionModel[]>();
    for (const p of withLineage) {
      for (const id of p.from) {
        if (!older.has(id)) {
          errors.push({ code: 'unknown-predecessor', file: p.file, line: p.line, message: `Provision "${p.id}" descends from "${id}", which edition ${previous.id} does not have.`, fix: `name an existing ${previous.id} provision id, or remove from="..." if the provision is new in ${edition.id}` });
          continue;
        }
        descendants.set(id, [...(descendants.get(id) ?? []), p]);
      }
    }
    for (const [id, kids] of descendants) {
      const notSplit = kids.filter((k) => k.change !== 'split' && k.change !== 'merged');
      if (kids.length > 1 && notSplit.length > 0)
        errors.push({ code: 'lineage-inconsistent', file: notSplit[0].file, line: notSplit[0].line, message: `${previous.id} provision "${id}" has ${kids.length} descendants (${kids.map((k) => k.id).join(', ')}), but "${notSplit[0].id}" says change="${notSplit[0].change}".`, fix: 'when one provision becomes several, mark each change="split"' });
      for (const k of kids)
        if (k.change === 'split' && kids.length < 2)
          errors.push({ code: 'lineage-inconsistent', file: k.file, line: k.line, message: `Provision "${k.id}" says change="split", but it is the only descendant of "${id}".`, fix: 'a split has two or more descendants: name the other part, or use changed/reworded' });
    }
    // "unchanged" means unchanged: the same holders, must/should/may and timescales as its predecessor.
    for (const p of withLineage) {
      if (p.change !== 'unchanged' || p.from.length !== 1 || !older.has(p.from[0])) continue;
      const was = older.get(p.from[0])!;
      const differs = factsDiffer(was, p);
      if (differs.length)
        errors.push({ code: 'unchanged-but-different', file: p.file, line: p.line, message: `Provision "${p.id}" says change="unchanged", but its ${differs.join(' and ')} differ${differs.length === 1 ? 's' : ''} from ${previous.id} "${was.id}".`, fix: 'if only the tagging differs, give both the same duty/modality/within/every; if the guidance changed, use change="changed" with a note saying what changed' });
    }
    for (const r of edition.removed) {
      if (!older.has(r.id))
        errors.push({ code: 'unknown-removal', file: edition.file, line: r.line, message: `Edition ${edition.id} lists "${r.id}" as removed, but edition ${previous.id} has no such provision.`, fix: `correct the id to an existing ${previous.id} provision, or drop the entry` });
      else if (descendants.has(r.id))
        errors.push({ code: 'removed-but-descended', file: edition.file, line: r.line, message: `Edition ${edition.id} lists "${r.id}" as removed, but ${descendants.get(r.id)!.map((d) => `"${d.id}"`).join(', ')} descends from it.`, fix: 'a provision is either carried forward or removed: drop the removal, or the from="..."' });
    }
    const removed = new Set(edition.removed.map((r) => r.id));
    for (const p of older.values())
      if (!descendants.has(p.id) && !removed.has(p.id))
        errors.push({ code: 'lineage-incomplete', file: p.file, line: p.line, message: `Provision "${p.id}" of edition ${previous.id} has no descendant in edition ${edition.id} and is not listed as removed.`, fix: `add from="${p.id}" to its successor in ${edition.id}, or list it under removed: in editions/${edition.id}/edition.yaml with the reason` });
  }
  return errors;
}
