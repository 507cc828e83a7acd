import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { chapterCounterparts } from '../../src/model/counterparts.ts';
import { getEdition } from '../../src/model/queries.ts';

const { site } = loadSite();
const listed = (edition: string, chapter: string, other: string) => {
  const e = getEdition(site, edition)!;
  const c = chapterCounterparts(site, e.chapters.find((x) => x.slug === chapter)!, e).find((x) => x.edition.id === other)!;
  return [c.chapter, ...c.also].filter(Boolean).map((x) => x!.slug);
};

test('if a chapter lists another edition\'s chapter as its counterpart, that chapter lists it back', () => {
  const asymmetric: string[] = [];
  for (const a of site.editions) for (const b of site.editions) {
    if (a.id === b.id) continue;
    for (const c of a.chapters) for (const d of listed(a.id, c.slug, b.id))
      if (!listed(b.id, d, a.id).includes(c.slug)) asymmetric.push(`${a.id} ${c.slug} -> ${b.id} ${d}, not back`);
  }
  assert.deepEqual(asymmetric, []);
});

test('the pairs the review found one-sided now point both ways', () => {
  // 2010 chapter 1 pointed to 2015 Appendix A while the 2015 introduction pointed to 2010 chapter 1.
  assert.ok(listed('2010', 'chapter-1', '2015').includes('introduction'));
  assert.equal(listed('2015', 'introduction', '2010')[0], 'chapter-1');
  // The 2015 introduction mapped to the 2013 Summary, the 2018 introduction to the 2013 Introduction.
  assert.deepEqual(listed('2015', 'introduction', '2013').sort(), ['introduction', 'summary']);
  assert.deepEqual(listed('2018', 'introduction', '2013').sort(), ['introduction', 'summary']);
  assert.ok(listed('2013', 'introduction', '2015').includes('introduction') && listed('2013', 'summary', '2015').includes('introduction'));
});
