import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const codes = (root: string, project: string) => loadSite(root, project).errors.map((e) => e.code);

test('an older provision with no descendant and no removal is reported', () => {
  const { project, root } = fixtureContent();
  const f = join(root, 'editions/2013/chapter-1.mdx');
  writeFileSync(f, readFileSync(f, 'utf8').replace('id="icpc-timing" title="When the conference is held" from="icpc-timing" change="reworded"', 'id="icpc-held" title="When the conference is held"'));
  const { errors } = loadSite(root, project);
  assert.deepEqual(errors.map((e) => e.code), ['lineage-incomplete']);
  assert.match(errors[0].message, /"icpc-timing" of edition 2010 has no descendant in edition 2013/);
  assert.equal(errors[0].file, 'content/editions/2010/chapter-5.mdx');
});

test('listing it as removed, with a reason, makes the lineage complete', () => {
  const { project, root } = fixtureContent();
  const f = join(root, 'editions/2013/chapter-1.mdx');
  writeFileSync(f, readFileSync(f, 'utf8').replace('id="icpc-timing" title="When the conference is held" from="icpc-timing" change="reworded"', 'id="icpc-held" title="When the conference is held"'));
  appendFileSync(join(root, 'editions/2013/edition.yaml'), 'removed:\n  - { id: icpc-timing, reason: Test removal. }\n');
  assert.deepEqual(codes(root, project), []);
});

test('a removal that is also descended from is refused', () => {
  const { project, root } = fixtureContent();
  appendFileSync(join(root, 'editions/2013/edition.yaml'), 'removed:\n  - { id: icpc-timing, reason: Test removal. }\n');
  assert.deepEqual(codes(root, project), ['removed-but-descended']);
});

test('two descendants of one provision must both say split', () => {
  const { project, root } = fixtureContent();
  const f = join(root, 'editions/2013/chapter-1.mdx');
  writeFileSync(f, readFileSync(f, 'utf8').replace('from="strategy-when" change="unchanged"', 'from="icpc-timing" change="split"'));
  const errs = loadSite(root, project).errors;
  assert.deepEqual(errs.map((e) => e.code).sort(), ['lineage-incomplete', 'lineage-inconsistent']);
});
