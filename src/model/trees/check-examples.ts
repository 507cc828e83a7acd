/**
 * The worked examples kept in each tree file: answers in, outcome out. Each runs against its
 * edition's variant; an example that stops short or ends elsewhere fails at its own line.
 * Every edition of a tree needs at least one example.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { variantGraph } from './graph.ts';
import type { LoadedTree } from './load-trees.ts';
import { walk } from './walk.ts';

export function checkTreeExamples(t: LoadedTree): ContentError[] {
  const errors: ContentError[] = [];
  const err = (code: string, path: (string | number)[], message: string, fix: string) =>
    errors.push({ code, file: t.file, line: t.locate(path), message, fix });

  t.tree.examples.forEach((ex, i) => {
    const variant = t.tree.variants.find((v) => v.editions.includes(ex.edition));
    if (!variant) {
      err('example-edition', ['examples', i, 'edition'], `The example "${ex.name}" runs under ${ex.edition}, which no variant describes.`, `use one of ${t.tree.editions.join(', ')}`);
      return;
    }
    const graph = variantGraph(variant);
    const result = walk(graph, ex.answers);
    const unused = Object.keys(ex.answers).filter((q) => !(q in result.used));
    if (result.at?.kind === 'outcome' && result.at.id === ex.outcome && unused.length === 0) return;
    const reached = !result.at ? 'nowhere' : result.at.kind === 'outcome' ? `the outcome "${result.at.id}"` : `the question "${result.at.id}", unanswered`;
    const extra = unused.length ? ` The answers to ${unused.map((q) => `"${q}"`).join(', ')} were never asked for, or name an answer the question does not have.` : '';
    err('example-fails', ['examples', i, 'outcome'], `The example "${ex.name}" (${ex.edition}) reaches ${reached} instead of "${ex.outcome}".${extra}`,
      'correct the tree if it leads the wrong way, or correct the example\'s answers or expected outcome');
  });

  t.tree.editions.forEach((ed, i) => {
    if (!t.tree.examples.some((ex) => ex.edition === ed))
      err('edition-without-example', ['editions', i], `Edition ${ed} has no worked example.`, `add an example with edition: '${ed}' (answers in, outcome out)`);
  });
  return errors;
}
