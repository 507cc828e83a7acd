import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadShorthand } from '../../src/search/shorthand.ts';
import { buildSynonyms, expandQuery } from '../../src/search/synonyms.ts';

const content = resolve(import.meta.dirname, '../../content');
const real = loadShorthand(content, resolve(content, '..'));
const syn = buildSynonyms([], real.entries);

test('the real shorthand vocabulary is valid', () => {
  assert.deepEqual(real.errors, []);
  assert.ok(real.entries.length >= 14);
});

test('each practitioner shorthand also searches for what it stands for', () => {
  const cases: [string, string][] = [
    ['MASH', 'multi-agency safeguarding hub'], ['ICPC', 'initial child protection conference'],
    ['RCPC', 'review child protection conference'], ['s47', 'section 47'], ['s.47', 'section 47'],
    ['S47', 'section 47'], ['s17', 'section 17'], ['s17', 'child in need'], ['CIN', 'child in need'],
    ['CP plan', 'child protection plan'], ['DSL', 'designated safeguarding lead'],
    ['LADO', 'designated officer'], ['CSPR', 'child safeguarding practice review'],
    ['CDOP', 'child death overview panel'], ['SCR', 'serious case review'], ['EHA', 'early help assessment'],
  ];
  for (const [typed, expected] of cases) assert.ok(expandQuery(typed, syn).includes(expected), `${typed} -> ${expected}: got ${expandQuery(typed, syn).join(' | ')}`);
});

test('the rest of the query is kept around the shorthand', () => {
  assert.ok(expandQuery('ICPC timescale', syn).includes('initial child protection conference timescale'));
  assert.ok(expandQuery('s.47 enquiries', syn).includes('section 47 enquiries'));
});

test('shorthand inside a longer word is not expanded', () => {
  assert.deepEqual(expandQuery('cinema', syn), []);
  assert.deepEqual(expandQuery('smashed', syn), []);
});

function vocabulary(yaml: string) {
  const project = mkdtempSync(join(tmpdir(), 'wtn-shorthand-'));
  mkdirSync(join(project, 'content', 'vocabulary'), { recursive: true });
  writeFileSync(join(project, 'content', 'vocabulary', 'shorthand.yaml'), yaml);
  return loadShorthand(join(project, 'content'), project);
}

test('an entry without search words fails, naming the file, the line and the field', () => {
  const { errors } = vocabulary('- shorthand: [ICPC]\n  means: initial child protection conference\n');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, join('content', 'vocabulary', 'shorthand.yaml'));
  assert.equal(errors[0].line, 1);
  assert.match(errors[0].message + errors[0].fix, /search/);
});

test('the same shorthand in two entries fails at the second', () => {
  const { errors } = vocabulary('- { shorthand: [CIN], means: child in need, search: [child in need] }\n- { shorthand: [cin], means: other, search: [other] }\n');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].line, 2);
  assert.match(errors[0].message, /listed twice/);
});
