import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { getEdition, provisionsOf } from '../../src/model/queries.ts';
import { fixtureContent } from './helpers/fixture-content.ts';
import { addEdition } from './helpers/add-edition.ts';

test('a scaffolded edition carries every provision forward unconfirmed, and the only problems left are the facts to supply', () => {
  const { root, project } = fixtureContent();
  addEdition(root, project, { id: '2029', published: '2029-01-10', inForce: '2029-04-01' });
  const { errors } = loadSite(root, project);
  const own = errors.filter((e) => e.file.includes('editions/2029'));
  assert.deepEqual(own.map((e) => `${e.file}:${e.line} ${e.fix}`), [
    'content/editions/2029/edition.yaml:' + own[0].line + ' say which source shows how the edition numbers its paragraphs',
    'content/editions/2029/edition.yaml:' + own[1].line + ' name the source that gives this address (source ids)',
    'content/editions/2029/edition.yaml:' + own[2].line + ' name the sources of the edition facts',
    'content/editions/2029/edition.yaml:1 fix the edition.yaml problems first; its chapters are then checked',
  ]);
  assert.match(own[3].message, /^1 chapter file was not checked/);
});

test('once its sources are named, the new edition is valid and shows the previous summaries as not confirmed', () => {
  const { root, project } = fixtureContent();
  addEdition(root, project, { id: '2029', published: '2029-01-10', inForce: '2029-04-01', sources: 'seed-004' });
  const { site, errors } = loadSite(root, project);
  assert.deepEqual(errors.filter((e) => e.file.includes('2029')), []);
  const older = provisionsOf(getEdition(site, '2013')!);
  const newer = provisionsOf(getEdition(site, '2029')!);
  assert.equal(newer.length, older.length);
  for (const p of newer) {
    const was = older.find((o) => o.id === p.id)!;
    assert.equal(p.change, 'unconfirmed');
    assert.deepEqual(p.carried, { edition: '2013', id: p.id });
    assert.equal(p.text, was.text);
    assert.deepEqual([p.duty, p.modality, p.within], [was.duty, was.modality, was.within], 'structured facts are inherited');
    assert.equal(p.paras, undefined, 'paragraph numbers are never carried');
  }
  const chapter = readFileSync(join(root, 'editions', '2029', 'chapter-1.mdx'), 'utf8');
  assert.match(chapter, /change="unconfirmed" \/>/);
  assert.match(chapter, /unsure="Heading carried forward from the 2013 edition; not yet confirmed for 2029\."/);
});

test('a provision carried forward unconfirmed names exactly one predecessor', () => {
  const { root, project } = fixtureContent();
  addEdition(root, project, { id: '2029', published: '2029-01-10', inForce: '2029-04-01', sources: 'seed-004' });
  const file = join(root, 'editions', '2029', 'chapter-1.mdx');
  const text = readFileSync(file, 'utf8').replace('from="icpc-timing" change="unconfirmed"', 'from="icpc-timing strategy-when" change="unconfirmed"');
  writeFileSync(file, text);
  const { errors } = loadSite(root, project);
  assert.ok(errors.some((e) => e.file.endsWith('2029/chapter-1.mdx') && /exactly one predecessor/.test(e.fix + e.message)), JSON.stringify(errors));
});
