import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { currentEdition } from '../../src/model/queries.ts';
import { getTrees } from '../../src/model/trees/index.ts';
import { treeView } from '../../src/model/trees/view.ts';
import { olderOnly, outlineOrder } from '../../src/model/trees/coverage.ts';

const { site } = loadSite();
const trees = getTrees();
const inForce = currentEdition(site)!;
const views = trees.map((t) => treeView(site, trees, t.id, '/'));

test('every tree outline lists the edition in force first, or, for a tree of older editions, its newest', () => {
  for (const view of views) {
    const order = outlineOrder(view).map((v) => v.edition);
    const covers = view.editions.includes(inForce.id);
    assert.equal(order[0], covers ? inForce.id : [...view.editions].sort().at(-1), view.id);
    assert.deepEqual(order.slice(1), [...order.slice(1)].sort().reverse(), `${view.id}: the rest newest first`);
    assert.equal(order.length, view.editions.length, view.id);
  }
});

test('a tree that covers only older editions says which, names the edition in force and links the tree for it', () => {
  const older = views.filter((v) => !v.editions.includes(inForce.id));
  assert.ok(older.length > 0, 'the content has a tree of older editions (serious case reviews)');
  for (const view of older) {
    const note = olderOnly(view, inForce.shortTitle)!;
    assert.ok(note, view.id);
    for (const e of view.editions) assert.match(note.editions, new RegExp(e), view.id);
    assert.equal(note.inForce, inForce.shortTitle);
    if (view.variants.some((v) => v.current)) assert.ok(note.counterpart?.href.startsWith('/trees/'), view.id);
  }
  for (const view of views.filter((v) => v.editions.includes(inForce.id))) assert.equal(olderOnly(view, inForce.shortTitle), null, view.id);
});

test('the serious case review tree names 2010, 2013 and 2015 and points to the serious incident tree', () => {
  const note = olderOnly(views.find((v) => v.id === 'serious-case-review')!, inForce.shortTitle)!;
  assert.equal(note.editions, 'Working Together 2010, 2013 and 2015');
  assert.equal(note.counterpart?.href, '/trees/serious-incident-notification/');
});
