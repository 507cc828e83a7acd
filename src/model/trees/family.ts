/** Trees that ask the same decision under other editions. */
import type { LoadedTree } from './load-trees.ts';

/**
 * A tree and its counterparts (the same decision under other editions), in edition order.
 * Counterparts are symmetric: naming one on either side is enough.
 */
export function treeFamily(trees: LoadedTree[], id: string): LoadedTree[] {
  const self = trees.find((t) => t.id === id);
  if (!self) return [];
  const linked = trees.filter((t) => t.id !== id && (self.tree.counterparts.includes(t.id) || t.tree.counterparts.includes(id)));
  const first = (t: LoadedTree) => [...t.tree.editions].sort()[0];
  return [self, ...linked].sort((a, b) => first(a).localeCompare(first(b)));
}
