import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { allProvisions } from '../../src/model/queries.ts';
import { buildSearchRecords } from '../../src/search/records.ts';
import { LOCAL_FILTER } from '../../src/search/local-records.ts';
import { fixtureContent } from './helpers/fixture-content.ts';
import { localFixture } from './helpers/local-fixture.ts';

test('without a local layer the index holds the national records only', () => {
  const { root, project } = fixtureContent();
  const { site } = loadSite(root, project);
  const records = buildSearchRecords(site);
  assert.equal(records.filter((r) => r.meta.kind === 'Provisions').length, allProvisions(site).length);
  assert.ok(!records.some((r) => r.meta.kind === LOCAL_FILTER || r.filters.kind?.includes(LOCAL_FILTER)));
});

test('with a layer, each note, each area\'s contacts and each document is a record under the local filter', () => {
  const { root, project } = localFixture();
  const { site, errors } = loadSite(root, project);
  assert.deepEqual(errors, []);
  const local = buildSearchRecords(site).filter((r) => r.filters.kind?.includes(LOCAL_FILTER));
  assert.deepEqual(local.map((r) => r.url), [
    '/2013/chapter-1/#local-strategy-locally--2013-strategy-when',
    '/2013/chapter-1/#local-conference-locally--east--2013-icpc-timing',
    '/trees/strategy/#strategy-outline-2013',
    '/local/east/', '/local/west/', '/local/',
  ]);
  const note = local[1];
  assert.match(note.content, /East Testshire: In East Testshire book the conference with East Front Door, 01632 960301, \(Monday to Friday\)\./);
  assert.deepEqual([note.meta.editionTitle, note.meta.chapter, note.filters.edition], ['Local: Testshire Safeguarding Children Partnership', 'East Testshire', ['2013']]);
  assert.match(local[3].content, /Designated officer \(LADO\), allegations: Testshire LADO, 01632 960350, lado@testshire\.example\.org\./);
});
