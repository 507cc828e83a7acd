/**
 * The shape of each variant, checked with graphology: ids unique, every answer leads to a node
 * that exists, no cycles, every node reachable from the first question. Together with the schema
 * (a question has answers, an outcome has none) this means every path ends in an outcome.
 * Each problem points at the line to change.
 */
import { DirectedGraph } from 'graphology';
import { willCreateCycle } from 'graphology-dag';
import type { ContentError } from '../../validation/content-error.ts';
import type { LoadedTree } from './load-trees.ts';

function checkVariant(t: LoadedTree, v: number): ContentError[] {
  const variant = t.tree.variants[v];
  const at = (...path: (string | number)[]) => t.locate(['variants', v, ...path]);
  const err = (code: string, line: number, message: string, fix: string): ContentError => ({ code, file: t.file, line, message, fix });
  const errors: ContentError[] = [];
  const editions = variant.editions.join(', ');
  const graph = new DirectedGraph();
  const kinds = new Map<string, 'question' | 'outcome'>();

  const nodes = [
    ...variant.questions.map((q, i) => ({ id: q.id, kind: 'question' as const, path: ['questions', i, 'id'] })),
    ...variant.outcomes.map((o, i) => ({ id: o.id, kind: 'outcome' as const, path: ['outcomes', i, 'id'] })),
  ];
  for (const n of nodes) {
    if (graph.hasNode(n.id)) {
      errors.push(err('duplicate-node', at(...n.path), `The id "${n.id}" is used twice in the variant for ${editions}.`, 'give every question and outcome of a variant its own id'));
      continue;
    }
    graph.addNode(n.id);
    kinds.set(n.id, n.kind);
  }
  if (kinds.get(variant.start) !== 'question')
    errors.push(err('bad-start', at('start'), `The variant for ${editions} starts at "${variant.start}", which is not one of its questions.`, 'set start to the id of the first question'));

  variant.questions.forEach((q, qi) => {
    const seen = new Set<string>();
    q.answers.forEach((a, ai) => {
      if (seen.has(a.id))
        errors.push(err('duplicate-answer', at('questions', qi, 'answers', ai, 'id'), `The question "${q.id}" has two answers with the id "${a.id}".`, 'give each answer of a question its own id'));
      seen.add(a.id);
      const line = at('questions', qi, 'answers', ai, 'next');
      if (!graph.hasNode(a.next)) {
        errors.push(err('unknown-node', line, `The answer "${a.id}" to "${q.id}" leads to "${a.next}", which is not a question or outcome of the variant for ${editions}, so that path does not end in an outcome.`, `set next to an existing id (${[...kinds.keys()].join(', ')}) or add that node`));
        return;
      }
      if (a.next === q.id || willCreateCycle(graph, q.id, a.next)) {
        errors.push(err('tree-cycle', line, `The answer "${a.id}" to "${q.id}" leads back to "${a.next}", from which "${q.id}" can already be reached: the tree would go round in a loop.`, 'point the answer forward, to a later question or an outcome'));
        return;
      }
      graph.mergeEdge(q.id, a.next);
    });
  });

  // Reachability: a breadth-first walk from the first question.
  const reached = new Set<string>();
  const queue = graph.hasNode(variant.start) ? [variant.start] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...graph.outNeighbors(id));
  }
  for (const n of nodes) {
    if (kinds.get(n.id) !== n.kind || reached.has(n.id)) continue;
    errors.push(err('unreachable-node', at(...n.path), `The ${n.kind} "${n.id}" cannot be reached from the first question ("${variant.start}") in the variant for ${editions}.`, `make an answer lead to "${n.id}", or remove it`));
  }
  return errors;
}

/** Checks the graph of every variant of a tree. */
export function checkTreeGraph(t: LoadedTree): ContentError[] {
  return t.tree.variants.flatMap((_, v) => checkVariant(t, v));
}
