import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { buildCitationIndex } from '../../src/search/citation-index.ts';
import { sectionSchema } from '../../src/schemas/section.ts';

test('the 2018 sections carry the printed pages their contents list gives, and no other edition has invented ones', () => {
  const { site } = loadSite();
  const index = buildCitationIndex(site, '/');
  const e2018 = index.editions.find((e) => e.id === '2018')!;
  assert.deepEqual(e2018.printings.map((p) => p.name), ['December 2020 printing']);
  assert.ok(e2018.printings[0].pages.some(([page, , url]) => page === 34 && url === '/2018/chapter-1/#managing-individual-cases'));
  for (const e of index.editions.filter((x) => x.id !== '2018')) assert.deepEqual(e.printings, [], e.id);
});

test('a printed page must name its printing', () => {
  const ok = (page: string) => sectionSchema.safeParse({ id: 'a', heading: 'A', page }).success;
  assert.ok(ok('34 (2020-12)'));
  assert.ok(ok('33 (2018-07); 34 (2020-12)'));
  assert.ok(!ok('34'));
  assert.ok(!ok('page 34'));
});
