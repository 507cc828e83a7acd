import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

test('a wrong value in edition.yaml is reported at its line', () => {
  const { project, root } = fixtureContent();
  const f = join(root, 'editions/2010/edition.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('inForce: 2010-04-01', 'inForce: April 2010'));
  const [e] = loadSite(root, project).errors;
  assert.equal(e.file, 'content/editions/2010/edition.yaml');
  assert.equal(e.line, 4);
  assert.equal(e.message, 'Edition: the value of "inForce" is not accepted.');
  assert.match(e.fix, /^write dates as YYYY-MM-DD/);
});

test('broken YAML syntax is reported, not thrown', () => {
  const { project, root } = fixtureContent();
  writeFileSync(join(root, 'vocabulary/duty-holders.yaml'), '- { id: police, name: Police\n');
  const [e] = loadSite(root, project).errors;
  assert.equal(e.code, 'yaml-syntax');
  assert.equal(e.file, 'content/vocabulary/duty-holders.yaml');
});

test('an unknown field is named, with the fix', () => {
  const { project, root } = fixtureContent();
  const f = join(root, 'editions/2010/edition.yaml');
  writeFileSync(f, readFileSync(f, 'utf8') + 'sumary: typo\n');
  const [e] = loadSite(root, project).errors;
  assert.equal(e.code, 'unknown-field');
  assert.match(e.message, /unknown field "sumary"/);
});
