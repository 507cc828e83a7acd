import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSite } from '../../src/model/index.ts';
import { counterpartIn } from '../../src/model/lineage.ts';
import { getProvision } from '../../src/model/queries.ts';
import { timelineOf } from '../../src/model/timeline.ts';

const site = getSite();
const kinds = (edition: string, id: string) => timelineOf(site, getProvision(site, edition, id)!).map((e) => `${e.edition.id}:${e.kind}`);

test('the designated officer\'s history starts in 2010 Appendix 5, not in 2015', () => {
  assert.deepEqual(kinds('2023', 'designated-officer').slice(0, 4), ['2010:present', '2013:present', '2015:present', '2018:present']);
  const t = timelineOf(site, getProvision(site, '2015', 'designated-officer')!);
  const first = t[0].kind === 'present' ? t[0].versions[0].p : undefined;
  assert.equal(first?.path, '/2010/appendix-5/#appx5-lado');
});

test('a subject that left one edition and came back (resumes) is one history, with the gap shown as removed', () => {
  assert.deepEqual(kinds('2015', 'allegations-scope').slice(0, 3), ['2010:present', '2013:removed', '2015:present']);
  const gap = timelineOf(site, getProvision(site, '2010', 'appx5-scope')!)[1];
  assert.ok(gap.kind === 'removed' && gap.removed[0].reason.length > 0, 'the edition in between says why it is not there');
});

test('the edition switcher jumps the gap both ways, and says the subject was removed in the edition between', () => {
  const old = getProvision(site, '2010', 'appx5-scope')!;
  const later = counterpartIn(site, old, '2015');
  assert.equal(later.kind === 'found' && later.provisions[0].id, 'allegations-scope');
  assert.equal(counterpartIn(site, old, '2013').kind, 'removed');
  const back = counterpartIn(site, getProvision(site, '2015', 'allegations-scope')!, '2010');
  assert.equal(back.kind === 'found' && back.provisions[0].id, 'appx5-scope');
  const between = counterpartIn(site, getProvision(site, '2015', 'allegations-scope')!, '2013');
  assert.equal(between.kind === 'removed' && between.in.id, '2013');
});
