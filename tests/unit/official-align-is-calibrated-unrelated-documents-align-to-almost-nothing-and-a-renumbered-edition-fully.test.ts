// The aligner's thresholds, calibrated on made-up documents of our own (tests/fixtures/official/
// made-up-editions.ts): two different rulebooks on one subject, sharing vocabulary and stock
// phrases, must align to almost nothing (issue 20 found 156 "moved/changed" matches between
// unrelated documents); an edition and its renumbered, reworded, moved, split and merged successor
// must align almost fully and almost always rightly. Both directions, several seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignEditions } from '../../src/official/align.ts';
import { Corpus, cosine, words } from '../../src/official/similarity.ts';
import { rulebook, score, successor } from '../fixtures/official/made-up-editions.ts';

const SIZE = 400;

test('two unrelated rulebooks on one subject share many words (the hard case is real)', () => {
  const [a, b] = [rulebook(SIZE, 1), rulebook(SIZE, 101)];
  const c = new Corpus([...a, ...b].map((p) => words(p.text)));
  const best = b.slice(0, 50).map((p) => Math.max(...a.map((q) => cosine(c.vector(words(p.text)), c.vector(words(q.text))))));
  assert.ok(best.filter((s) => s >= 0.35).length > 40, 'most paragraphs have an unrelated neighbour at word similarity 0.35 or more');
});

for (const seed of [1, 2, 3]) {
  test(`unrelated rulebooks (seed ${seed}) align to almost nothing: at most 1% of paragraphs matched`, () => {
    const { proposals, removed } = alignEditions(rulebook(SIZE, seed), rulebook(SIZE, seed + 100));
    const matched = proposals.filter((p) => p.old.length > 0);
    assert.ok(matched.length <= SIZE / 100, `${matched.length} matched: ${matched.slice(0, 5).map((p) => `${p.new}->${p.old.join('+')} (${JSON.stringify(p.evidence)})`).join('; ')}`);
    assert.ok(removed.length >= SIZE * 0.99);
  });

  test(`a renumbered, reworded successor (seed ${seed}) aligns fully: precision at least 98%, recall at least 95%`, () => {
    const older = rulebook(SIZE, seed);
    const { newer, truth } = successor(older, seed + 7);
    const s = score(alignEditions(older, newer).proposals, truth);
    assert.ok(s.precision >= 0.98, `precision ${s.precision.toFixed(3)} (${s.correct} of ${s.proposed} proposed)`);
    assert.ok(s.recall >= 0.95, `recall ${s.recall.toFixed(3)} (${s.correct} of ${s.expected} true counterparts)`);
  });
}
