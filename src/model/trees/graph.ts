/** A tree variant as a graph of nodes by id, for walking (walk.ts) and for the graph checks. */
import type { TreeOutcome, TreeQuestion, TreeVariant } from '../../schemas/tree.ts';
import type { Walkable } from './walk.ts';

export type VariantNode = (TreeQuestion & { kind: 'question' }) | (TreeOutcome & { kind: 'outcome' });

/** Every node of the variant by id (the first of any duplicates; the checks report the rest). */
export function variantGraph(variant: TreeVariant): Walkable<VariantNode> {
  const nodes: Record<string, VariantNode> = {};
  for (const q of variant.questions) nodes[q.id] ??= { ...q, kind: 'question' };
  for (const o of variant.outcomes) nodes[o.id] ??= { ...o, kind: 'outcome' };
  return { start: variant.start, nodes };
}
