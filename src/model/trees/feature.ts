/**
 * The decision trees' FeatureLoader (registered in src/model/features.ts): reads content/trees/,
 * validates each file, then checks its graph, its citations, its examples and its links to other
 * trees, all in the same pass as the rest of the content. It keeps the trees it read, so pages
 * do not read them twice.
 */
import type { FeatureLoader } from '../features.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { checkTreeCitations } from './check-citations.ts';
import { checkTreeFacts } from './check-facts.ts';
import { checkTreeExamples } from './check-examples.ts';
import { checkTreeGraph } from './check-graph.ts';
import { checkTreeKeys } from './check-keys.ts';
import { checkTreeLinks } from './check-links.ts';
import { loadTrees, type LoadedTree } from './load-trees.ts';

let last: { root: string; trees: LoadedTree[] } | undefined;

export const treesFeature: FeatureLoader = {
  name: 'decision trees',
  check({ root, project, site }) {
    const { trees, errors } = loadTrees(root, project);
    const all: ContentError[] = [...errors];
    for (const t of trees) {
      const graph = [...checkTreeGraph(t), ...checkTreeKeys(t)];
      const citations = checkTreeCitations(t, site);
      all.push(...graph, ...citations, ...checkTreeLinks(t, trees));
      // What an outcome states is compared with its provisions once they all exist.
      if (citations.length === 0) all.push(...checkTreeFacts(t, site));
      // Examples only mean something once the graph is sound.
      if (graph.length === 0) all.push(...checkTreeExamples(t));
    }
    last = { root, trees };
    return all;
  },
};

/** The trees read by the last check of this content folder, if any. */
export function treesLastChecked(root: string): LoadedTree[] | undefined {
  return last?.root === root ? last.trees : undefined;
}
