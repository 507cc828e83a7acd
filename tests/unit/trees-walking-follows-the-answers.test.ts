/** Walking a tree: changing an earlier answer drops the later ones; the same answers replay under another edition. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, back, changeFrom, walk, type Walkable, type WalkNode } from '../../src/model/trees/walk.ts';
import { readState, writeState } from '../../src/components/DecisionTree/url-state.ts';

const q = (id: string, answers: [string, string][], key?: string): WalkNode => ({ kind: 'question', id, key, answers: answers.map(([a, next]) => ({ id: a, next })) });
const o = (id: string): WalkNode => ({ kind: 'outcome', id });
const graph = (start: string, nodes: WalkNode[]): Walkable => ({ start, nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) });

// Under "old", a death with abuse leads to a review; under "new", the same answers lead to notification.
const old = graph('what', [
  q('what', [['died', 'death-abuse'], ['harmed', 'harm-abuse']]),
  q('death-abuse', [['yes', 'review'], ['no', 'custody']], 'abuse'),
  q('harm-abuse', [['yes', 'consider'], ['no', 'none']], 'abuse'),
  q('custody', [['yes', 'review'], ['no', 'none']]),
  o('review'), o('consider'), o('none'),
]);
const newer = graph('abuse', [q('abuse', [['yes', 'what'], ['no', 'none']]), q('what', [['died', 'notify'], ['harmed', 'notify']]), o('notify'), o('none')]);

test('answers lead from the first question to an outcome', () => {
  const w = walk(old, { what: 'died', abuse: 'yes' });
  assert.equal(w.at.id, 'review');
  assert.deepEqual(w.steps.map((s) => s.question.id), ['what', 'death-abuse']);
});

test('a question asked at two points records its answer under its shared key', () => {
  assert.equal(walk(old, { what: 'harmed', abuse: 'yes' }).at.id, 'consider');
});

test('the walk stops at the first unanswered question', () => {
  assert.equal(walk(old, { what: 'died', abuse: 'no' }).at.id, 'custody');
});

test('changing an earlier answer drops the answers after it', () => {
  const before = { what: 'died', abuse: 'no', custody: 'no' };
  assert.deepEqual(answer(old, before, 'what', 'harmed'), { what: 'harmed' });
  assert.deepEqual(changeFrom(old, before, 1), { what: 'died' });
});

test('back drops only the last answer', () => {
  assert.deepEqual(back(old, { what: 'died', abuse: 'no', custody: 'yes' }), { what: 'died', abuse: 'no' });
});

test('the same answers replay under another edition, whatever order it asks them in', () => {
  const w = walk(newer, { what: 'died', abuse: 'yes' });
  assert.equal(w.at.id, 'notify');
  assert.deepEqual(w.used, { abuse: 'yes', what: 'died' });
});

test('answers for questions a variant never asks are left out of the path', () => {
  assert.deepEqual(walk(newer, { what: 'died', abuse: 'yes', custody: 'no' }).used, { abuse: 'yes', what: 'died' });
});

test('the state round-trips through the address fragment, for its own tree only', () => {
  const hash = writeState('scr', { edition: '2013', answers: { what: 'died', abuse: 'yes' } });
  assert.equal(hash, '#tree=scr&edition=2013&what=died&abuse=yes');
  assert.deepEqual(readState(hash, 'scr'), { edition: '2013', answers: { what: 'died', abuse: 'yes' } });
  assert.equal(readState(hash, 'other-tree'), undefined);
});
