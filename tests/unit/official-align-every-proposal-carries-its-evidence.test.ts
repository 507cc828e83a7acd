// Each proposed counterpart says why it was proposed: word and phrase similarity, length ratio,
// whether it keeps its place among its neighbours, and the basis; a paragraph proposed as new names
// the nearest old one that was not close enough, so a reviewer can judge both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignEditions } from '../../src/official/align.ts';
import { rulebook, successor } from '../fixtures/official/made-up-editions.ts';

const older = rulebook(200, 4);
const { newer, truth } = successor(older, 11);
const { proposals } = alignEditions(older, newer);

test('every counterpart carries its evidence, each figure between 0 and 1', () => {
  for (const p of proposals.filter((x) => x.kind !== 'new')) {
    const e = p.evidence!;
    assert.ok(e, `${p.new} has evidence`);
    for (const x of [e.words, e.phrases, e.lengthRatio]) assert.ok(x >= 0 && x <= 1, `${p.new}: ${JSON.stringify(e)}`);
    assert.ok(['in order', 'out of order'].includes(e.order));
    assert.ok(['identical', 'shared phrases', 'between matched neighbours', 'contained'].includes(e.basis));
    assert.equal(p.similarity, e.words);
  }
});

test('identical paragraphs say so; moved ones are out of order; the others keep their place', () => {
  const same = proposals.filter((p) => p.kind === 'same');
  assert.ok(same.length > 50 && same.every((p) => p.evidence!.basis === 'identical' || p.evidence!.phrases >= 0.99));
  assert.ok(proposals.filter((p) => p.kind === 'moved').every((p) => p.evidence!.order === 'out of order'));
  assert.ok(proposals.filter((p) => ['same', 'reworded', 'changed'].includes(p.kind)).every((p) => p.evidence!.order === 'in order'));
});

test('weaker text evidence is accepted only between matched neighbours, and is right there', () => {
  const between = proposals.filter((p) => p.evidence?.basis === 'between matched neighbours');
  assert.ok(between.length > 0, 'some changed paragraphs are found by their place');
  for (const p of between) assert.deepEqual(p.old, truth.get(p.new), `${p.new}`);
});

test('a new paragraph names its nearest old paragraph and how near it was', () => {
  const fresh = proposals.filter((p) => p.kind === 'new');
  assert.ok(fresh.length > 0);
  for (const p of fresh) if (p.nearest) assert.ok(p.nearest.phrases < 0.45 && older.some((o) => o.number === p.nearest!.old), JSON.stringify(p));
});
