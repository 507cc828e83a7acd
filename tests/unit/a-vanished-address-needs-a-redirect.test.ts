import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { checkAddressLock, currentAddresses } from '../../src/model/addresses.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

function renamed(redirect?: string) {
  const { project, root } = fixtureContent();
  const before = currentAddresses(loadSite(root, project).site);
  const f = join(root, 'editions/2013/chapter-1.mdx');
  writeFileSync(f, readFileSync(f, 'utf8').replace('id="icpc-timing"', 'id="icpc-when"'));
  if (redirect) writeFileSync(join(root, 'redirects.yaml'), redirect);
  const { site, errors } = loadSite(root, project);
  assert.deepEqual(errors, []);
  return { before, result: checkAddressLock(site, before, 'content/addresses.lock') };
}

test('every chapter, section and provision has an address', () => {
  const { project, root } = fixtureContent();
  assert.ok(currentAddresses(loadSite(root, project).site).includes('/2010/chapter-5/#icpc-timing'));
});

test('renaming a published id fails and names the lost address', () => {
  const { result } = renamed();
  assert.deepEqual(result.errors.map((e) => e.code), ['address-removed']);
  assert.match(result.errors[0].message, /\/2013\/chapter-1\/#icpc-timing no longer exists/);
});

test('a declared redirect lets the address go, and the lock keeps it', () => {
  const { result } = renamed('- from: /2013/chapter-1/#icpc-timing\n  to: /2013/chapter-1/#icpc-when\n  reason: Renamed.\n');
  assert.deepEqual(result.errors, []);
  assert.ok(result.next.includes('/2013/chapter-1/#icpc-timing'));
  assert.ok(result.next.includes('/2013/chapter-1/#icpc-when'));
});

test('a redirect to an address that does not exist is refused', () => {
  const { result } = renamed('- from: /2013/chapter-1/#icpc-timing\n  to: /2013/chapter-1/#nowhere\n');
  assert.deepEqual(result.errors.map((e) => e.code), ['redirect-to-nowhere']);
});
