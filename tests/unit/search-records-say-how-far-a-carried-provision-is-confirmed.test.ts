import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchRecords } from '../../src/search/records.ts';
import { gardenSite } from './helpers/confirmation-fixture.ts';

test('each carried provision\'s search record carries its status, as the badge and as a filter', () => {
  const { site } = gardenSite();
  const records = new Map(buildSearchRecords(site).map((r) => [r.url, r]));
  const expect = { 'watering-rota': ['Confirmed unchanged', 'confirmed'], 'tool-care': ['Official text changed: summary to review', 'review'], 'visiting-children': ['Carried forward, not confirmed', 'carried'] };
  for (const [id, [label, kind]] of Object.entries(expect)) {
    const r = records.get(`/2013/chapter-1/#${id}`)!;
    assert.deepEqual([r.meta.confirmation, r.meta.confirmationKind, r.filters.change], [label, kind, [label]], id);
  }
  assert.equal(records.get('/2010/chapter-5/#watering-rota')!.meta.confirmation, undefined, 'a summary of its own has no badge');
});
