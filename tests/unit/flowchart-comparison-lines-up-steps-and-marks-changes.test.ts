import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCharts } from '../../src/model/flowcharts/compare.ts';
import type { ChartModel } from '../../src/model/flowcharts/types.ts';

const chart = (edition: string, steps: [string, string][]): ChartModel => ({
  id: 'referral', edition, process: 'referral', title: 'Referral', official: true, chapter: 'chapter-1',
  description: '', sources: [], svg: '', prefix: `fc-${edition}-referral`, path: `/flowcharts/${edition}/referral/`, file: '',
  steps: steps.map(([node, label], i) => ({ n: i + 1, node, label, decision: false, cites: [], next: [] })),
});

const older = chart('2015', [['concern', 'Concern'], ['refer', 'Referral'], ['decide', 'Decide in one day'], ['feedback', 'Feedback']]);
const newer = chart('2018', [['concern', 'Concern'], ['refer', 'Referral'], ['decide', 'Decide within one working day'], ['early-help', 'Early help'], ['feedback', 'Feedback']]);

test('steps in both charts line up in walkthrough order', () => {
  const rows = compareCharts(older, newer).rows;
  assert.deepEqual(rows.map((r) => [r.older?.node, r.newer?.node]), [
    ['concern', 'concern'], ['refer', 'refer'], ['decide', 'decide'], [undefined, 'early-help'], ['feedback', 'feedback'],
  ]);
});

test('a step only in the newer chart is marked added, and a reworded one reworded', () => {
  const c = compareCharts(older, newer);
  assert.equal(c.newerMarks.get('early-help'), 'added');
  assert.equal(c.newerMarks.get('decide'), 'reworded');
  assert.equal(c.newerMarks.has('concern'), false);
});

test('a step only in the older chart is marked removed', () => {
  const c = compareCharts(newer, older);
  assert.equal(c.olderMarks.get('early-help'), 'removed');
  assert.equal(c.rows.find((r) => r.older?.node === 'early-help')?.newer, undefined);
});

test('a step in another place in the newer chart is marked moved, not removed', () => {
  const moved = chart('2018', [['refer', 'Referral'], ['concern', 'Concern'], ['decide', 'Decide in one day'], ['feedback', 'Feedback']]);
  const c = compareCharts(older, moved);
  assert.ok([...c.olderMarks.values(), ...c.newerMarks.values()].every((m) => m === 'moved'));
  assert.equal(c.path, '/flowcharts/compare/referral/2015-2018/');
});
