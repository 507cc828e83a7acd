import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { resolveRange } from '../../src/model/sessions/ranges.ts';

const project = mkdtempSync(join(tmpdir(), 'wtn-ranges-'));
cpSync(resolve(import.meta.dirname, '../fixtures/content-base'), join(project, 'content'), { recursive: true });
const { site } = loadSite(join(project, 'content'), project);

test('a range inside a recorded section links to that section', () => {
  const r = resolveRange(site, { edition: '2010', paras: '5.82-5.90' });
  assert.ok('range' in r);
  assert.equal(r.range.label, 'Working Together 2010, paras 5.82–5.90');
  assert.deepEqual(r.range.sections.map((s) => s.id), ['icpc']);
});

test('a list of ranges in two sections links to both, in order', () => {
  const r = resolveRange(site, { edition: '2010', paras: '5.60, 5.83-5.85' });
  assert.ok('range' in r);
  assert.deepEqual(r.range.sections.map((s) => s.id), ['strategy', 'icpc']);
});

test('a range reaching past the recorded sections is refused, naming the first missing paragraph', () => {
  const r = resolveRange(site, { edition: '2010', paras: '5.50-5.60' });
  assert.ok('problem' in r);
  assert.match(r.problem, /para 5\.50 lies outside/);
});

test('an edition numbered per chapter needs the chapter of the range', () => {
  const r = resolveRange(site, { edition: '2013', paras: '12-15' });
  assert.ok('problem' in r);
  assert.match(r.fix, /chapter: chapter-1/);
});

test('a range that does not parse under the edition numbering says so', () => {
  const r = resolveRange(site, { edition: '2010', paras: '82-90' });
  assert.ok('problem' in r);
  assert.match(r.problem, /does not parse/);
});

test('a reading given as a section names its chapter and heading, and its range where recorded', () => {
  const r = resolveRange(site, { edition: '2010', section: 'icpc' });
  assert.ok('range' in r);
  assert.equal(r.range.label, 'Working Together 2010, Chapter 5, ‘The initial child protection conference’, paras 5.82–5.112');
  const unnumbered = resolveRange(site, { edition: '2013', section: 'strategy' });
  assert.ok('range' in unnumbered);
  assert.equal(unnumbered.range.label, 'Working Together 2013, Chapter 1, ‘Strategy discussion’');
});

test('a section the edition does not have is refused', () => {
  const r = resolveRange(site, { edition: '2013', section: 'no-such-section' });
  assert.ok('problem' in r);
  assert.match(r.problem, /has no section "no-such-section"/);
});
