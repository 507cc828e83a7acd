import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { getEdition, provisionsOf, sectionsOf } from '../../src/model/queries.ts';
import { counterpartIn } from '../../src/model/lineage.ts';

const { site, errors } = loadSite();
const chapterTitles = (id: string) => getEdition(site, id)!.chapters.filter((c) => c.kind === 'chapter').map((c) => `${c.number} ${c.title}`);

test('the content loads without a single problem', () => assert.deepEqual(errors.map((e) => `${e.file}:${e.line} ${e.code}`), []));

test('2010 has its 12 chapters in two parts and its 7 appendices', () => {
  const e = getEdition(site, '2010')!;
  assert.equal(e.chapters.filter((c) => c.kind === 'chapter').length, 12);
  assert.deepEqual(e.chapters.filter((c) => c.kind === 'chapter').map((c) => c.part), [...Array(8).fill('part-1'), ...Array(4).fill('part-2')]);
  assert.equal(e.chapters.filter((c) => c.kind === 'appendix').length, 7);
  assert.ok(sectionsOf(e).every((s) => s.provisions.length > 0), 'every section has a provision');
});

test('2010’s process chapters are at paragraph granularity: more provisions than sections', () => {
  const e = getEdition(site, '2010')!;
  for (const slug of ['chapter-3', 'chapter-5', 'chapter-7', 'chapter-8']) {
    const c = e.chapters.find((x) => x.slug === slug)!;
    const provisions = c.sections.flatMap((s) => s.provisions).length;
    assert.ok(provisions > c.sections.length * 1.5, `${slug}: ${provisions} provisions for ${c.sections.length} sections`);
  }
});

test('2013 and 2015 have their five chapters; 2018 its five; 2023 its six', () => {
  assert.deepEqual(chapterTitles('2013').map((t) => t.split(' ')[0]), ['1', '2', '3', '4', '5']);
  assert.match(chapterTitles('2013')[2], /Local Safeguarding Children Boards/);
  assert.deepEqual(chapterTitles('2015').map((t) => t.split(' ')[0]), ['1', '2', '3', '4', '5']);
  assert.match(chapterTitles('2018')[2], /Multi-agency safeguarding arrangements/);
  assert.equal(chapterTitles('2023').length, 6);
});

test('lineage runs unbroken from 2010 to 2023: every provision reaches every later edition or a listed removal', () => {
  for (const e of site.editions)
    for (const p of provisionsOf(e))
      for (const later of site.editions.filter((x) => x.id > e.id)) {
        const c = counterpartIn(site, p, later.id);
        assert.ok(c.kind === 'found' || (c.kind === 'removed' && c.in.removed.length > 0), `${e.id} ${p.id} -> ${later.id}`);
      }
});

test('every removal names a reason', () => {
  for (const e of site.editions) for (const r of e.removed) assert.ok(r.reason.length > 10, `${e.id} ${r.id}`);
});

test('each later edition says what it replaced, and one edition is in force', () => {
  assert.deepEqual(getEdition(site, '2013')!.replaced.map((r) => r.year), [2010, 2000, 2007]);
  assert.deepEqual(site.editions.filter((e) => e.status === 'current').map((e) => e.id), ['2023']);
});

test('2018 dates its transition and names its related documents', () => {
  const e = getEdition(site, '2018')!;
  assert.ok(e.transitional.some((f) => f.date.startsWith('2019-06')), 'arrangements published by June 2019');
  assert.ok(e.transitional.some((f) => f.date.startsWith('2019-09')), 'in place by September 2019');
  assert.ok(e.relatedDocuments.length >= 4);
});

test('2023 records its February 2024 amendment', () => {
  assert.ok(getEdition(site, '2023')!.amendments.some((a) => a.date.startsWith('2024-02')));
});
