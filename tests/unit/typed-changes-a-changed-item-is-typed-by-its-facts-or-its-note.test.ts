import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { compareEditions, editionPairs } from '../../src/model/compare/compare-editions.ts';
import { holdersOf } from '../../src/model/compare/holder-mentions.ts';

const { site } = loadSite();
const pairs = editionPairs(site).map(([a, b]) => ({ a, b, items: compareEditions(site, a, b).chapters.flatMap((c) => c.items) }));

test('no changed item in any pair is typed "wording only"; one whose facts are equal says why in its note', () => {
  for (const { a, b, items } of pairs)
    for (const i of items.filter((x) => x.kind === 'changed')) {
      const where = `${a}→${b} ${i.now.id}`;
      assert.ok(i.types.length > 0, `${where} has no type`);
      assert.ok(!i.types.includes('wording'), `${where} is a change of substance typed as wording only`);
      if (i.types.includes('other')) assert.ok(i.notes.length > 0, `${where} is "other change of substance" with no note saying what changed`);
      if (i.types.includes('structure')) assert.ok(i.split || i.merged, `${where} is "split or merged" but its lineage records neither`);
    }
});

test('integrated care boards replacing clinical commissioning groups is a change of who holds the duty, 2018 to 2023', () => {
  const items = pairs.find((p) => p.a === '2018' && p.b === '2023')!.items;
  for (const id of ['sp-definition', 'cdr-partners-who', 'lsp-who']) {
    const t = items.find((i) => i.now.id === id)!.typed.find((x) => x.kind === 'duty-holder');
    assert.deepEqual(t && [t.from, t.to], ['Clinical commissioning groups', 'Integrated care boards'], id);
  }
  const dsp = items.find((i) => i.now.id === 'dsp-appoint')!;
  assert.ok(dsp.types.includes('duty-holder') && dsp.typed.find((t) => t.kind === 'duty-holder')!.to === 'Lead safeguarding partners');
});

test('every provision that names a duty holder falls on at least one group, in every pair', () => {
  for (const { a, b, items } of pairs)
    for (const i of items)
      if ([i.now, ...i.was].some((p) => holdersOf(site, p).length)) assert.ok(i.groups.length > 0, `${a}→${b} ${i.now.id} names a duty holder but falls on no group`);
});

test('a changed item that names no one falls on the groups of its nearest ancestors that do', () => {
  for (const { a, b, items } of pairs)
    for (const i of items.filter((x) => x.kind === 'changed' && x.groups.length === 0))
      assert.ok(i.now.duty.length === 0 && i.was.every((w) => w.duty.length === 0), `${a}→${b} ${i.now.id}`);
});
