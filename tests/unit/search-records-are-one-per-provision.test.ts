import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { allProvisions } from '../../src/model/queries.ts';
import { buildSearchRecords } from '../../src/search/records.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const { project, root } = fixtureContent();
const { site } = loadSite(root, project);

test('every provision becomes one record at its own anchor (Pagefind adds the base path)', () => {
  const records = buildSearchRecords(site).filter((r) => r.meta.kind === 'Provisions');
  assert.equal(records.length, allProvisions(site).length);
  assert.ok(records.every((r) => r.filters.kind[0] === 'Provisions'));
  assert.ok(records.some((r) => r.url === '/2010/chapter-5/#icpc-timing'));
});

test('a record carries edition, chapter, section, citation and the filters', () => {
  const r = buildSearchRecords(site).find((x) => x.url === '/2013/chapter-1/#icpc-timing')!;
  assert.equal(r.meta.edition, '2013');
  assert.equal(r.meta.section, 'Initial child protection conference');
  assert.equal(r.meta.status, 'In force');
  assert.deepEqual(r.filters.change, ['Reworded or moved']);
  assert.deepEqual(r.filters.part, ['Statutory guidance']);
});

test('only guidance text is indexed: section heading, title, summary and structured facts', () => {
  const r = buildSearchRecords(site).find((x) => x.url === '/2010/chapter-5/#icpc-timing')!;
  assert.ok(r.content.startsWith('The initial child protection conference. When the conference is held. The conference meets within 15 working days of the strategy discussion.'));
  assert.doesNotMatch(r.content, /Skip to|Copy link|Home/);
});

test('the first edition on the site has no "new or changed" filter value', () => {
  const r = buildSearchRecords(site).find((x) => x.url === '/2010/chapter-5/#icpc-timing')!;
  assert.equal(r.filters.change, undefined);
});
