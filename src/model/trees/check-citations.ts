/**
 * A tree against the editions: every edition it names exists and has exactly one variant, and
 * every provision a variant cites exists in each edition that variant describes.
 */
import { getEdition, provisionsOf } from '../queries.ts';
import type { Site } from '../types.ts';
import type { ContentError } from '../../validation/content-error.ts';
import type { LoadedTree } from './load-trees.ts';

/** The provision ids of an edition closest to a mistyped one (sharing the most words), for the fix. */
function nearest(ids: string[], wanted: string): string[] {
  const words = new Set(wanted.split('-'));
  const scored = ids.map((id) => ({ id, n: id.split('-').filter((w) => words.has(w)).length })).filter((s) => s.n > 0);
  scored.sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
  return scored.slice(0, 3).map((s) => s.id);
}

export function checkTreeCitations(t: LoadedTree, site: Site): ContentError[] {
  const errors: ContentError[] = [];
  const err = (code: string, path: (string | number)[], message: string, fix: string) =>
    errors.push({ code, file: t.file, line: t.locate(path), message, fix });
  const known = site.editions.map((e) => e.id);

  t.tree.editions.forEach((ed, i) => {
    if (!getEdition(site, ed))
      err('unknown-edition', ['editions', i], `The tree names edition ${ed}, which is not in the content.`, `name one of ${known.join(', ')}, or add the edition's variant once its content is committed`);
    const variants = t.tree.variants.filter((v) => v.editions.includes(ed)).length;
    if (variants === 0)
      err('edition-without-variant', ['editions', i], `The tree names edition ${ed} but no variant describes it.`, `add ${ed} to the editions of a variant, or add a variant for it`);
    if (variants > 1)
      err('edition-in-two-variants', ['editions', i], `Edition ${ed} is described by ${variants} variants.`, 'list each edition in exactly one variant');
  });

  t.tree.variants.forEach((v, vi) => {
    v.editions.forEach((ed, ei) => {
      if (!t.tree.editions.includes(ed))
        err('variant-edition-not-listed', ['variants', vi, 'editions', ei], `The variant describes edition ${ed}, which the tree does not list.`, `add ${ed} to the tree's editions, or remove it here`);
    });
    const cited: { id: string; path: (string | number)[] }[] = [
      ...v.immediateDanger.map((id, i) => ({ id, path: ['variants', vi, 'immediateDanger', i] })),
      ...v.outcomes.flatMap((o, oi) => o.cites.map((id, ci) => ({ id, path: ['variants', vi, 'outcomes', oi, 'cites', ci] }))),
    ];
    for (const ed of v.editions) {
      const edition = getEdition(site, ed);
      if (!edition) continue;
      const ids = provisionsOf(edition).map((p) => p.id);
      for (const c of cited) {
        if (ids.includes(c.id)) continue;
        const near = nearest(ids, c.id);
        err('unknown-provision', c.path, `The provision "${c.id}" does not exist in the ${ed} edition.`,
          `cite a provision id of ${ed}${near.length ? ` (perhaps ${near.map((n) => `"${n}"`).join(', ')})` : ''}, or give ${ed} a variant of its own`);
      }
    }
  });
  return errors;
}
