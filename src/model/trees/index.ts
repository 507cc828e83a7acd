/**
 * The decision trees for pages: validated with the rest of the content (getSite() throws if any
 * tree is bad), then read from the feature loader's pass.
 */
import { resolve } from 'node:path';
import { contentRoot, getSite } from '../index.ts';
import { treesLastChecked } from './feature.ts';
import { loadTrees, type LoadedTree } from './load-trees.ts';

/** Every tree, validated, in file-name order. */
export function getTrees(): LoadedTree[] {
  getSite();
  const root = contentRoot();
  return treesLastChecked(root) ?? loadTrees(root, resolve(root, '..')).trees;
}

export function getTree(id: string): LoadedTree | undefined {
  return getTrees().find((t) => t.id === id);
}

export { treeFamily } from './family.ts';
export type { LoadedTree } from './load-trees.ts';
