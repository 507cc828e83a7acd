import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { buildSearchRecords } from '../../src/search/records.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const { project, root } = fixtureContent();
const { site } = loadSite(root, project);
const record = (url: string) => buildSearchRecords(site).find((x) => x.url === url)!;

test('a provision\'s duty holders, must/should/may and timescale are searchable words in its record', () => {
  const r = record('/2010/chapter-5/#icpc-timing');
  const holder = site.dutyHolders.get('local-authority')!.name;
  assert.match(r.content, new RegExp(`Who: ${holder}\\.`));
  assert.match(r.content, /Duty: should\./);
  assert.match(r.content, /Timescale: within 15 working days\./);
});

test('every duty holder of a provision is named, not its id', () => {
  const r = record('/2010/chapter-5/#strategy-when');
  for (const id of ['local-authority', 'police']) assert.ok(r.content.includes(site.dutyHolders.get(id)!.name), id);
  assert.doesNotMatch(r.content, /Timescale:/, 'no timescale is invented where the provision gives none');
});
