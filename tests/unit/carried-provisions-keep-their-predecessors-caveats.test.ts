import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { allProvisions, getProvision } from '../../src/model/queries.ts';
import { caveatsOf } from '../../src/model/caveats.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

test('the 2026 initial conference timing shows the 2023 caveat about where its start point comes from', () => {
  const { site } = loadSite();
  const p = getProvision(site, '2026', 'icpc-timing')!;
  const was = getProvision(site, '2023', 'icpc-timing')!;
  assert.ok(was.unsure, 'the 2023 provision has a caveat');
  assert.deepEqual(caveatsOf(site, p)[0], { text: was.unsure, summaryOf: 'Working Together 2023' });
});

test('every provision showing a borrowed summary shows that summary\'s caveat, unless it says it replaces it', () => {
  const { site } = loadSite();
  const byKey = new Map(allProvisions(site).map((p) => [`${p.edition}:${p.id}`, p]));
  let carried = 0;
  for (const p of allProvisions(site)) {
    if (!p.carried) continue;
    const source = byKey.get(`${p.carried.edition}:${p.carried.id}`)!;
    if (!source.unsure) continue;
    carried++;
    const shown = caveatsOf(site, p).map((c) => c.text);
    if (p.predecessorUnsure === 'replace') assert.ok(!shown.includes(source.unsure) && p.unsure, p.id);
    else assert.ok(shown.includes(source.unsure), `${p.edition} ${p.id} drops the caveat of ${source.edition} ${source.id}`);
  }
  assert.ok(carried > 10, `${carried} borrowed summaries have caveats`);
});

test('predecessorUnsure="replace" shows the provision\'s own note in place of the carried one', () => {
  const { project, root } = fixtureContent('nothing-to-replace', 'valid');
  const { site, errors } = loadSite(root, project);
  assert.deepEqual(errors, []);
  const shown = caveatsOf(site, getProvision(site, '2013', 'icpc-timing')!);
  assert.deepEqual(shown, [{ text: 'Whether 2013 counts the working days from the first strategy discussion or the latest is not confirmed.' }]);
});
