import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provisionSchema } from '../../src/schemas/provision.ts';

const base = { id: 'icpc-timing', title: 'When the conference is held' };
const messages = (input: object) => {
  const r = provisionSchema.safeParse({ ...base, ...input });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('a minimal provision needs only an id and a title', () => {
  assert.deepEqual(messages({}), []);
});

test('lineage needs both its predecessor and how it changed', () => {
  assert.deepEqual(messages({ from: 'old' }), ['change: a provision with from="..." needs change="..." saying how it changed']);
  assert.deepEqual(messages({ change: 'reworded' }), ['from: change="reworded" needs from="..." naming the predecessor']);
});

test('a merge names two predecessors and a change says what changed', () => {
  assert.deepEqual(messages({ from: 'a', change: 'merged' }), ['from: a merged provision names two or more predecessors']);
  assert.deepEqual(messages({ from: 'a', change: 'changed' }), ['note: say what changed in note="..."']);
});

test('a modality needs someone to hold the duty', () => {
  assert.deepEqual(messages({ modality: 'must' }), ['duty: a modality needs a duty holder: add duty="..."']);
});

test('ids are authored slugs, not sentences', () => {
  assert.match(messages({ id: 'When it is held' })[0], /^id: use lower-case letters/);
});
