/**
 * The worked examples kept in each tree file (answers in, outcome out), run as tests: one test per
 * example, named by it. Reads the content folder the build reads (WTN_CONTENT_DIR or content/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { contentRoot, loadSite } from '../../src/model/index.ts';
import { formatErrors } from '../../src/validation/content-error.ts';
import { loadTrees } from '../../src/model/trees/load-trees.ts';
import { variantGraph } from '../../src/model/trees/graph.ts';
import { walk } from '../../src/model/trees/walk.ts';

const root = contentRoot();
const { trees } = loadTrees(root, resolve(root, '..'));

test('every tree passes the tree checks (graph, citations, examples)', () => {
  const errors = loadSite(root).errors.filter((e) => e.file.includes('trees/'));
  assert.equal(errors.length, 0, formatErrors(errors));
});

for (const t of trees) {
  for (const ex of t.tree.examples) {
    test(`${t.id}: ${ex.name}`, () => {
      const variant = t.tree.variants.find((v) => v.editions.includes(ex.edition));
      assert.ok(variant, `no variant for ${ex.edition}`);
      const result = walk(variantGraph(variant), ex.answers);
      assert.equal(result.at.kind, 'outcome', `stopped at the question "${result.at.id}"`);
      assert.equal(result.at.id, ex.outcome);
      assert.deepEqual(result.used, ex.answers, 'every answer in the example is used on the path');
    });
  }
}
