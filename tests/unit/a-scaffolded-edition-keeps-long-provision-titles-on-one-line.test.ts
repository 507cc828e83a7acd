import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { formatErrors } from '../../src/validation/content-error.ts';
import { addEdition } from './helpers/add-edition.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

test('a provision title of twelve words or more is carried into a new edition on one line, as the schema asks', () => {
  const { root, project } = fixtureContent();
  const long = 'Coming change in the law: education and childcare agencies join the local arrangements';
  const file = join(root, 'editions', '2013', 'chapter-1.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title="When a strategy discussion is held"', `title="${long}"`));
  addEdition(root, project, { id: '2029', published: '2029-01-10', inForce: '2029-04-01', sources: 'seed-004' });
  const errors = loadSite(root, project).errors.filter((e) => e.file.includes('2029'));
  assert.deepEqual(errors, [], formatErrors(errors));
  assert.match(readFileSync(join(root, 'editions', '2029', 'chapter-1.mdx'), 'utf8'), new RegExp(`<P id="strategy-when" title="${long}" from="strategy-when" change="unconfirmed" />`));
});
