/**
 * What the widget shows, built from the real content (WTN_CONTENT_DIR or content/): the same
 * answers lead somewhere else under another edition, and every citation points at a provision of
 * the edition applied, with its time limit and anything not confirmed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { contentRoot, loadSite } from '../../src/model/index.ts';
import { loadTrees } from '../../src/model/trees/load-trees.ts';
import { treeView, type VariantView } from '../../src/model/trees/view.ts';
import { walk } from '../../src/model/trees/walk.ts';

const root = contentRoot();
const { site } = loadSite(root);
const { trees } = loadTrees(root, resolve(root, '..'));
const has = (id: string) => trees.some((t) => t.id === id);
const view = (id: string) => treeView(site, trees, id, '/guidance/');
const variant = (id: string, edition: string): VariantView => view(id).variants.find((v) => v.edition === edition)!;
const died = { 'what-happened': 'died', 'abuse-or-neglect': 'yes' };

test('every citation links to a provision of the edition applied, under the base path', { skip: trees.length === 0 }, () => {
  for (const t of trees)
    for (const v of view(t.id).variants)
      for (const node of Object.values(v.nodes))
        if (node.kind === 'outcome')
          for (const c of node.cites) assert.match(c.href, new RegExp(`^/guidance/${v.edition}/[a-z0-9-]+/#${c.id}$`), `${t.id} ${v.edition} ${node.id}`);
});

test('the same answers that need a serious case review under 2013 mean notifying the Panel under 2018', { skip: !has('serious-incident-notification') }, () => {
  const scr = walk(variant('serious-case-review', '2013'), died).at;
  const notify = walk(variant('serious-case-review', '2018'), died).at;
  assert.equal(scr.id, 'scr-required-death');
  assert.equal(notify.id, 'notify-death');
  assert.equal(variant('serious-case-review', '2018').treeId, 'serious-incident-notification');
});

test('the 2018 notification outcome carries the time limits of the notification and the rapid review', { skip: !has('serious-incident-notification') }, () => {
  const outcome = walk(variant('serious-incident-notification', '2018'), died).at;
  assert.equal(outcome.kind, 'outcome');
  if (outcome.kind !== 'outcome') return;
  const within = Object.fromEntries(outcome.cites.map((c) => [c.id, c.within]));
  assert.equal(within['la-notify-panel'], 'within 5 working days');
  assert.equal(within['rapid-review'], 'within 15 working days');
});

test('a cited provision marked unsure carries its note, so the outcome says it is not confirmed', () => {
  const outcome = walk(variant('serious-case-review', '2010'), died).at;
  assert.equal(outcome.kind, 'outcome');
  if (outcome.kind !== 'outcome') return;
  const cite = outcome.cites.find((c) => c.id === 'scr-decision-chair')!;
  assert.ok(cite.unsure.length > 0);
  assert.ok(cite.unsure.every((u) => !/seed[- ]0\d\d/i.test(u)), 'notes name sources by title, never by internal id');
  const settled = outcome.cites.find((c) => c.id === 'scr-must-child-death')!;
  assert.equal(settled.citation, 'Working Together 2010, paras 8.9–8.10 (Chapter 8, ‘When should a LSCB undertake a Serious Case Review?’)');
});
