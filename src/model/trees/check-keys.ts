/**
 * Question keys: questions that share a key ask the same thing at different points of a tree, so
 * they must offer the same answers, and no path may ask the same key twice (the second would be
 * answered silently by the first).
 */
import type { ContentError } from '../../validation/content-error.ts';
import { variantGraph } from './graph.ts';
import type { LoadedTree } from './load-trees.ts';
import { keyOf } from './walk.ts';

export function checkTreeKeys(t: LoadedTree): ContentError[] {
  const errors: ContentError[] = [];
  t.tree.variants.forEach((v, vi) => {
    const graph = variantGraph(v);
    const byKey = new Map<string, number[]>();
    v.questions.forEach((q, qi) => byKey.set(keyOf(q), [...(byKey.get(keyOf(q)) ?? []), qi]));
    for (const [key, indexes] of byKey) {
      if (indexes.length < 2) continue;
      const answersOf = (qi: number) => v.questions[qi].answers.map((a) => a.id).sort().join(', ');
      const first = v.questions[indexes[0]];
      for (const qi of indexes.slice(1)) {
        const q = v.questions[qi];
        const line = t.locate(['variants', vi, 'questions', qi, 'key']);
        if (answersOf(qi) !== answersOf(indexes[0]))
          errors.push({ code: 'key-answers-differ', file: t.file, line, message: `The questions "${first.id}" and "${q.id}" share the key "${key}" but offer different answers (${answersOf(indexes[0])} / ${answersOf(qi)}).`, fix: 'give questions that share a key the same answer ids, or give them different keys' });
      }
      // No question with this key may be reachable from another with the same key.
      for (const qi of indexes) {
        const from = v.questions[qi].id;
        const seen = new Set<string>();
        const queue = v.questions[qi].answers.map((a) => a.next);
        while (queue.length) {
          const id = queue.shift()!;
          if (seen.has(id)) continue;
          seen.add(id);
          const n = graph.nodes[id];
          if (n?.kind !== 'question') continue;
          if (keyOf(n) === key)
            errors.push({ code: 'key-asked-twice', file: t.file, line: t.locate(['variants', vi, 'questions', v.questions.findIndex((q) => q.id === n.id), 'key']), message: `The key "${key}" is asked by "${from}" and again, later on the same path, by "${n.id}".`, fix: 'give the later question its own key, or remove it: its answer is already known' });
          queue.push(...n.answers.map((a) => a.next));
        }
      }
    }
  });
  return errors;
}
