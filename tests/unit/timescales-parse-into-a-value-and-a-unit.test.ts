import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTimescale, timescale } from '../../src/schemas/timescale.ts';

test('"15 working days" is 15 of working days', () => {
  assert.deepEqual(timescale.parse('15 working days'), { value: 15, unit: 'working days' });
});

test('singular units are stored plural and printed singular', () => {
  const t = timescale.parse('1 working day');
  assert.deepEqual(t, { value: 1, unit: 'working days' });
  assert.equal(formatTimescale(t), '1 working day');
});

test('words instead of digits are refused with an example', () => {
  const r = timescale.safeParse('fifteen days');
  assert.equal(r.success, false);
  assert.match(r.error!.issues[0].message, /e\.g\. "15 working days"/);
});
