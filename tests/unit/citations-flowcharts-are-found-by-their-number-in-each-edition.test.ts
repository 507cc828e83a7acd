import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('a flowchart number opens that edition’s chart', () => {
  assert.deepEqual(urls(go('Working Together 2018 flowchart 4')), ['/flowcharts/2018/strategy-discussion/']);
  assert.deepEqual(urls(go('flow chart 2 of WT2015')), ['/flowcharts/2015/immediate-protection/']);
});

test('a number that fits one edition and a title that fits another number elsewhere offers both and says numbers differ', () => {
  const r = go('Flowchart 3 Immediate Protection');
  assert.equal(r.kind, 'choose');
  assert.equal(urls(r)[0], '/flowcharts/2010/immediate-protection/');
  assert.ok(urls(r).includes('/flowcharts/2018/immediate-protection/'));
  assert.match(text(r), /numbered differently in each edition/);
});

test('a title that fits another number in the edition named leads there, saying what the number is', () => {
  const r = go('WT2015 Flowchart 5: Action following a strategy meeting');
  assert.equal(urls(r)[0], '/flowcharts/2015/strategy-discussion/');
  assert.match(text(r), /flowchart 4 in Working Together 2015/);
});

test('an edition whose flowchart numbers no source gives says so and lists its charts', () => {
  const r = go('Working Together 2023 flowchart 1');
  assert.equal(r.kind, 'not-found');
  assert.match(text(r), /Our sources do not give the flowchart numbers of Working Together 2023/);
  assert.ok(urls(r).length > 0);
});
