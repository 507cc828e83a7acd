/**
 * Links between trees: counterparts (the same decision under other editions) and seeAlso (the
 * tree a reader may need next) name trees that exist. Counterparts must not share an edition,
 * since a reader switching edition must land in exactly one tree.
 */
import type { ContentError } from '../../validation/content-error.ts';
import type { LoadedTree } from './load-trees.ts';

export function checkTreeLinks(t: LoadedTree, all: LoadedTree[]): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map(all.map((x) => [x.id, x]));
  const names = all.map((x) => x.id).join(', ');
  t.tree.counterparts.forEach((id, i) => {
    const other = byId.get(id);
    const line = t.locate(['counterparts', i]);
    if (!other || id === t.id) {
      errors.push({ code: 'unknown-tree', file: t.file, line, message: `The counterpart "${id}" is not another tree.`, fix: `name another tree's file name (${names})` });
      return;
    }
    const shared = t.tree.editions.filter((ed) => other.tree.editions.includes(ed));
    if (shared.length)
      errors.push({ code: 'counterpart-overlap', file: t.file, line, message: `This tree and its counterpart "${id}" both cover ${shared.join(', ')}.`, fix: 'give each edition to one tree only; counterparts cover different editions' });
  });
  t.tree.variants.forEach((v, vi) =>
    v.outcomes.forEach((o, oi) =>
      (o.seeAlso ?? []).forEach((id, si) => {
        if (!byId.has(id))
          errors.push({ code: 'unknown-tree', file: t.file, line: t.locate(['variants', vi, 'outcomes', oi, 'seeAlso', si]), message: `The outcome "${o.id}" points to the tree "${id}", which does not exist.`, fix: `name an existing tree (${names})` });
      }),
    ),
  );
  return errors;
}
