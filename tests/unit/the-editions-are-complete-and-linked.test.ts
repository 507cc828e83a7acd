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

test('2013 and 2015 have their five chapters; 2018 its five; 2023 and 2026 their six', () => {
  assert.deepEqual(chapterTitles('2013').map((t) => t.split(' ')[0]), ['1', '2', '3', '4', '5']);
  assert.match(chapterTitles('2013')[2], /Local Safeguarding Children Boards/);
  assert.deepEqual(chapterTitles('2015').map((t) => t.split(' ')[0]), ['1', '2', '3', '4', '5']);
  assert.match(chapterTitles('2018')[2], /Multi-agency safeguarding arrangements/);
  assert.equal(chapterTitles('2023').length, 6);
  assert.equal(chapterTitles('2026').length, 6);
});

test('lineage runs unbroken from 2010 to 2026: every provision reaches every later edition or a listed removal', () => {
  assert.deepEqual(site.editions.map((e) => e.id), ['2010', '2013', '2015', '2018', '2023', '2026']);
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

test('each later edition says what it replaced, and 2026 is the edition in force (from 18 March 2026)', () => {
  assert.deepEqual(getEdition(site, '2013')!.replaced.map((r) => r.year), [2010, 2000, 2007]);
  assert.deepEqual(getEdition(site, '2026')!.replaced.map((r) => r.edition), ['2023']);
  assert.equal(getEdition(site, '2026')!.inForce, '2026-03-18');
  assert.deepEqual(site.editions.filter((e) => e.status === 'current').map((e) => e.id), ['2026']);
  assert.equal(getEdition(site, '2023')!.supersededBy, '2026');
});

test('every 2023 provision reaches 2026, and a 2026 provision no source confirms is carried forward unconfirmed, never unchanged', () => {
  const e2026 = getEdition(site, '2026')!;
  const e2023 = getEdition(site, '2023')!;
  const descended = new Set(provisionsOf(e2026).flatMap((p) => p.from));
  for (const p of provisionsOf(e2023)) assert.ok(descended.has(p.id) || e2026.removed.some((r) => r.id === p.id), p.id);
  const carried = provisionsOf(e2026).filter((p) => p.change === 'unconfirmed');
  assert.ok(carried.length > 0);
  for (const p of carried) {
    assert.equal(p.from.length, 1, p.id);
    if (p.carried) assert.equal(p.carried.edition, '2023', `${p.id} shows the 2023 summary`);
    assert.ok(p.text.length > 0, `${p.id} has a summary to show`);
  }
  for (const p of provisionsOf(e2026).filter((x) => x.change === 'unchanged')) assert.ok(p.body.length > 0 && !p.carried, `${p.id}: "unchanged" needs a confirmed summary of its own`);
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
