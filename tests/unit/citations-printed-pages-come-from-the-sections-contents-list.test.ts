import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { buildCitationIndex } from '../../src/search/citation-index.ts';
import { sectionSchema } from '../../src/schemas/section.ts';

test('sections carry the printed pages their contents lists give, named by printing, and no edition without such a list has any', () => {
  const { site } = loadSite();
  const index = buildCitationIndex(site, '/');
  const names = Object.fromEntries(index.editions.map((e) => [e.id, e.printings.map((p) => p.name)]));
  assert.deepEqual(names, { 2010: ['March 2010 printing'], 2013: ['March 2013 printing'], 2015: [], 2018: ['July 2018 printing', 'December 2020 printing'], 2023: [], 2026: [] });
  const at = (id: string, printing: string, page: number, url: string) => index.editions.find((e) => e.id === id)!.printings.find((p) => p.id === printing)!.pages.some(([p, , u]) => p === page && u === url);
  assert.ok(at('2018', '2020-12', 34, '/2018/chapter-1/#managing-individual-cases'));
  assert.ok(at('2018', '2018-07', 31, '/2018/chapter-1/#managing-individual-cases'));
  assert.ok(at('2013', '2013-03', 25, '/2013/chapter-1/#managing-individual-cases'));
  assert.ok(at('2010', '2010-03', 34, '/2010/chapter-1/#key-definitions'));
});

test('every section with a printed page names a source for it', () => {
  const { site } = loadSite();
  const pageSources = new Set(['web-2018-contents-5y1', 'web-2018-contents-docslib', 'web-pg-2018-update-pages', 'web-pages-2010-5y1', 'web-2013-contents-copy', 'web-2018-07-contents-scribd']);
  for (const e of site.editions)
    for (const c of e.chapters)
      for (const s of c.sections.filter((x) => x.pages?.length))
        assert.ok(s.sources.some((x) => pageSources.has(x)) || e.id === '2018', `${s.path} gives a page without naming a contents list among its sources`);
});

test('a printed page must name its printing', () => {
  const ok = (page: string) => sectionSchema.safeParse({ id: 'a', heading: 'A', page }).success;
  assert.ok(ok('34 (2020-12)'));
  assert.ok(ok('33 (2018-07); 34 (2020-12)'));
  assert.ok(!ok('34'));
  assert.ok(!ok('page 34'));
});
