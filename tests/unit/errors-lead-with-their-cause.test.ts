import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { formatErrors } from '../../src/validation/content-error.ts';

/** A copy of the real content with one file edited, as an author would break it. */
function broken(file: string, edit: (text: string) => string) {
  const project = mkdtempSync(join(tmpdir(), 'wtn-cause-'));
  cpSync('content', join(project, 'content'), { recursive: true });
  const path = join(project, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return loadSite(join(project, 'content'), project).errors;
}

test('a missing </P> in a 2023 chapter reports the parse error first, and one line for what follows from it', () => {
  const errors = broken('editions/2023/chapter-3.mdx', (t) => t.replace('</P>', ''));
  const printed = formatErrors(errors);
  assert.equal(errors.filter((e) => e.code !== 'held-back').length, 1, printed);
  assert.equal(errors[0].code, 'mdx-syntax');
  assert.match(errors[0].file, /editions\/2023\/chapter-3\.mdx$/);
  const held = errors.find((e) => e.code === 'held-back')!;
  assert.match(held.message, /^\d+ more problems held back: they follow only from the records above that could not be read/);
  assert.ok(printed.indexOf('does not parse') < printed.indexOf('held back'), 'the cause is printed before the held-back line');
});

test('an invalid within value reports its own attribute first, not a lineage gap in 2018 that follows from it', () => {
  const errors = broken('editions/2023/chapter-3.mdx', (t) => t.replace('within="15 working days"', 'within="fifteen working days"'));
  const causes = errors.filter((e) => e.code !== 'held-back');
  assert.deepEqual(causes.map((e) => `${e.file.replace(/^.*content/, 'content')} ${e.code}`), ['content/editions/2023/chapter-3.mdx invalid-field'], formatErrors(errors));
  assert.match(causes[0].message, /within/);
  assert.ok(errors.length <= 2);
});
