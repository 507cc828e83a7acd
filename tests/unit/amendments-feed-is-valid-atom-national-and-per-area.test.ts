import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadAmendments } from '../../src/model/amendments/feature.ts';
import { atomFeed } from '../../src/model/amendments/atom.ts';
import { loadLocal } from '../../src/model/local/feature.ts';
import { areaLog, localLogEntries } from '../../src/model/local/log.ts';
import { checkAtom } from './helpers/atom-check.ts';
import { localFixture } from './helpers/local-fixture.ts';

const absolute = (p: string) => `https://navigator.example.org${p}`;

function feeds() {
  const fx = localFixture();
  // An entry whose words need escaping, and a local update for one area only.
  const log = join(fx.root, 'amendments.yaml');
  writeFileSync(log, readFileSync(log, 'utf8').replace('title: A made-up check', 'title: "Checked: <none> newer & nothing amended"'));
  appendFileSync(join(fx.layer, 'amendments.yaml'), '\n- id: west-only\n  date: 2026-02-01\n  areas: [west]\n  title: West Testshire front door moved\n  summary: A made-up update for West Testshire only.\n');
  const { site, errors } = loadSite(fx.root, fx.project);
  assert.deepEqual(errors, []);
  const national = loadAmendments(fx.root, fx.project, site).entries;
  const local = localLogEntries(site, loadLocal({ root: fx.root, project: fx.project, site }).layer!);
  const feed = (entries: typeof national, self: string) => atomFeed({ self: absolute(self), page: absolute('/amendments/'), log: absolute('/amendments/'), title: 'Test feed', subtitle: 'Made up.', entries, absolute });
  return { national: feed(national, '/amendments/feed.xml'), east: feed(areaLog(national, local, 'east'), '/local/east/feed.xml'), west: feed(areaLog(national, local, 'west'), '/local/west/feed.xml') };
}

test('the national feed parses as Atom 1.0 with every element RFC 4287 requires, newest entry first (on one day, the one logged last)', () => {
  const { problems, entries } = checkAtom(feeds().national);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => e.id), [
    'https://navigator.example.org/amendments/#fixture-check',
    'https://navigator.example.org/amendments/#fixture-2013-added',
    'https://navigator.example.org/amendments/#fixture-editions-added',
  ]);
  assert.equal(entries[0].title, 'Currency check: Checked: <none> newer & nothing amended', 'escaped on the way out, intact on the way in');
  assert.deepEqual(entries[0].categories, ['currency-check']);
});

test('each area has its own feed: the national entries and the local updates for that area or every area', () => {
  const { east, west } = feeds();
  const e = checkAtom(east), w = checkAtom(west);
  assert.deepEqual([e.problems, w.problems], [[], []]);
  assert.ok(e.entries.some((x) => x.id.endsWith('#local-layer-added')) && w.entries.some((x) => x.id.endsWith('#local-layer-added')), 'an update for every area is in both');
  assert.ok(w.entries.some((x) => x.id.endsWith('#local-west-only')));
  assert.ok(!e.entries.some((x) => x.id.endsWith('#local-west-only')), 'a west-only update is not in the east feed');
  assert.equal(e.entries.filter((x) => x.categories.includes('currency-check')).length, 1, 'national entries too');
});

test('a feed that is not well-formed or lacks a required element is reported', () => {
  assert.match(checkAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>').problems[0], /not well-formed/);
  const missing = checkAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>y</title></entry></feed>').problems;
  assert.ok(missing.includes('the feed has 0 <id> elements, not exactly one'));
  assert.ok(missing.includes('entry 1 has 0 <updated> elements, not exactly one'));
});
