import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { counterpartIn, lineOfDescent } from '../../src/model/lineage.ts';
import { getProvision } from '../../src/model/queries.ts';
import { timelineOf } from '../../src/model/timeline.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const { project, root } = fixtureContent();
const { site } = loadSite(root, project);
const old = getProvision(site, '2010', 'icpc-timing')!;
const now = getProvision(site, '2013', 'icpc-timing')!;

test('the line of descent runs both ways', () => {
  assert.deepEqual([...lineOfDescent(site, old).keys()], ['2010', '2013']);
  assert.deepEqual(lineOfDescent(site, now).get('2010')!.map((p) => p.id), ['icpc-timing']);
});

test('the switcher finds the descendant in a later edition and the ancestor in an earlier one', () => {
  const later = counterpartIn(site, old, '2013');
  assert.equal(later.kind === 'found' && later.provisions[0].path, '/2013/chapter-1/#icpc-timing');
  const earlier = counterpartIn(site, now, '2010');
  assert.equal(earlier.kind === 'found' && earlier.provisions[0].path, '/2010/chapter-5/#icpc-timing');
});

test('a timeline has an entry for every edition, with how each version changed', () => {
  const t = timelineOf(site, old);
  assert.deepEqual(t.map((e) => [e.edition.id, e.kind]), [['2010', 'present'], ['2013', 'present']]);
  const v2013 = t[1].kind === 'present' ? t[1].versions[0] : null;
  assert.equal(v2013?.p.change, 'reworded');
  assert.deepEqual(v2013?.predecessors.map((p) => p.id), ['icpc-timing']);
});
