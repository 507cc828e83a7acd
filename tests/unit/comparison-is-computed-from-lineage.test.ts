import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { compareEditions, editionPairs } from '../../src/model/compare/compare-editions.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

function site(edit?: (root: string) => void) {
  const { project, root } = fixtureContent();
  edit?.(root);
  const r = loadSite(root, project);
  assert.deepEqual(r.errors, []);
  return r.site;
}
const kinds = (s: ReturnType<typeof site>) =>
  Object.fromEntries(compareEditions(s, '2010', '2013').chapters.flatMap((c) => c.items.map((i) => [i.now.id, i.kind])));

test('unchanged and reworded provisions are told apart by their lineage', () => {
  assert.deepEqual(kinds(site()), { 'strategy-when': 'unchanged', 'icpc-timing': 'reworded' });
});

test('a provision with no predecessor is new, and one with no successor is removed', () => {
  const s = site((root) => {
    const f = join(root, 'editions/2013/chapter-1.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace('id="icpc-timing" title="When the conference is held" from="icpc-timing" change="reworded"', 'id="icpc-held" title="When the conference is held"'));
    appendFileSync(join(root, 'editions/2013/edition.yaml'), 'removed:\n  - { id: icpc-timing, reason: Folded into the single assessment. }\n');
  });
  const cmp = compareEditions(s, '2010', '2013');
  assert.equal(kinds(s)['icpc-held'], 'new');
  assert.deepEqual(cmp.removed.flatMap((g) => g.items.map((r) => [r.was.id, r.removedIn, r.reason])), [['icpc-timing', '2013', 'Folded into the single assessment.']]);
  assert.equal(cmp.counts.removed, 1);
});

test('a change of duty holder, modality or timescale is typed apart from rewording', () => {
  const s = site((root) => {
    const f = join(root, 'editions/2013/chapter-1.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace('from="icpc-timing" change="reworded" duty="local-authority" modality="should" within="15 working days"',
      'from="icpc-timing" change="changed" note="Now within 10 working days, and a must." duty="police" modality="must" within="10 working days"'));
  });
  const item = compareEditions(s, '2010', '2013').chapters[0].items.find((i) => i.now.id === 'icpc-timing')!;
  assert.equal(item.kind, 'changed');
  assert.deepEqual(item.typed, [
    { kind: 'duty-holder', from: 'Local authority', to: 'Police' },
    { kind: 'modality', from: 'should', to: 'must' },
    { kind: 'timescale', from: 'within 15 working days', to: 'within 10 working days' },
  ]);
  assert.deepEqual(item.notes, ['2013: Now within 10 working days, and a must.']);
});

test('every pair of editions is compared, older to newer', () => {
  assert.deepEqual(editionPairs(site()), [['2010', '2013']]);
});

test('all 15 pairs of the six editions are compared, and 2023 to 2026 tells unconfirmed from unchanged', async () => {
  const { loadSite } = await import('../../src/model/index.ts');
  const { site } = loadSite();
  assert.equal(editionPairs(site).length, 15);
  const cmp = compareEditions(site, '2023', '2026');
  const items = cmp.chapters.flatMap((c) => c.items);
  const carried = items.filter((i) => i.now.change === 'unconfirmed');
  assert.ok(carried.length > 0);
  for (const i of carried) assert.equal(i.kind, 'unconfirmed', i.now.id);
  assert.equal(cmp.counts.unconfirmed, carried.length);
  // Across several editions a step not confirmed stays visible, even behind a confirmed change.
  const through = compareEditions(site, '2018', '2026').chapters.flatMap((c) => c.items);
  assert.ok(through.filter((i) => i.now.change === 'unconfirmed').every((i) => i.unconfirmed && (i.kind === 'unconfirmed' || i.kind === 'changed' || i.kind === 'new')));
});
