// Run by npm run test:deployment (node --test): the manager's workflow end to end, on a copy of the real
// content with the Exampleshire layer. `npm run new-edition` scaffolds a made-up 2029 edition (every
// provision carried forward, not confirmed); two provisions are then confirmed unchanged;
// `npm run check:local` must list exactly the other notes, with a report to work through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'wtn-local-'));
const content = join(tmp, 'content');
const layer = join(tmp, 'local');
cpSync(join(project, 'content'), content, { recursive: true });
cpSync(join(project, 'examples/local/exampleshire'), layer, { recursive: true });
const env = { ...process.env, WTN_CONTENT_DIR: content, WTN_LOCAL_DIR: layer };
const npm = (...args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: project, env, encoding: 'utf8' });
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

test('after new-edition, check:local lists every note whose guidance is only carried forward, and no other', () => {
  const scaffold = npm('new-edition', '--', '--id', '2029', '--published', '2029-01-10', '--in-force', '2029-04-01');
  assert.equal(scaffold.status, 0, scaffold.stderr);
  assert.match(readFileSync(join(content, 'amendments.yaml'), 'utf8'), /- id: edition-2029-added\n {2}date: \d{4}-\d{2}-\d{2}\n {2}kind: edition\n {2}edition: "2029"/, 'the new edition is logged for the Amendments page and feed');
  // What an author does next: name the sources, record the check that found the edition...
  edit(join(content, 'editions/2029/edition.yaml'), (t) => t.replace(/^( *)sources: \[\]$/gm, '$1sources: [seed-004]'));
  // (the revision under consultation was of 2026: with its revised edition on the site, its entry goes)
  edit(join(content, 'currency.yaml'), (t) => t.replace('newestEdition: "2026"', 'newestEdition: "2029"').replace(/^revisions:[\s\S]*$/m, ''));
  // ...and confirm two provisions unchanged from 2026, with the same facts.
  edit(join(content, 'editions/2029/introduction.mdx'), (t) => t.replace(/<P id="intro-child-definition"[^>]*\/>/, '<P id="intro-child-definition" title="Who counts as a child" from="intro-child-definition" change="unchanged">\nA child is anyone who has not yet reached their 18th birthday.\n</P>'));
  edit(join(content, 'editions/2029/chapter-4.mdx'), (t) => t.replace(/<P id="designated-officer"[^>]*\/>/, '<P id="designated-officer" title="The local authority designated officer" from="designated-officer" change="unchanged" duty="local-authority" modality="should">\nLocal authorities have a designated officer, or a team, who manages allegations against people who work with children.\n</P>'));

  const out = join(tmp, 'reports');
  const check = npm('check:local', '--', '--out', out);
  assert.equal(check.status, 0, check.stderr + check.stdout);
  assert.match(check.stdout, /12 of 14 local notes to review against Working Together 2029:/);
  const listed = [...check.stdout.matchAll(/^\S+\.yaml:\d+ {2}"([a-z0-9-]+)"/gm)].map((m) => m[1]).sort();
  assert.deepEqual(listed, [
    'conference-booking', 'escalation-step', 'front-door-referrals', 'north-early-help', 'referral-feedback', 'referral-step-front-door',
    'seek-advice-locally', 'south-early-help', 'strategy-step-convened', 'threshold-document', 'tree-after-999', 'tree-refer-now',
  ], 'the notes on the two confirmed provisions (care-leavers-to-25, allegations-to-the-lado) hold');
  assert.match(check.stdout, /"front-door-referrals" \(Every area\)\n {4}written 2 June 2025 against Working Together 2023: Who should refer and when\n {4}now: Who should refer and when \(\/2029\/chapter-3\/#referral-who\)\n {4}what changed: Working Together 2026: carried forward, not confirmed; Working Together 2029: carried forward, not confirmed/);
  assert.match(check.stdout, /"referral-step-front-door"[\s\S]*?what changed: Working Together 2029: not charted yet \(no chart of this process has been drawn for Working Together 2029\)/);

  const md = readFileSync(join(out, 'local-review.md'), 'utf8');
  assert.equal(md.match(/^- \[ \] /gm)?.length, 12, 'one box per note to review');
  const csv = readFileSync(join(out, 'local-review.csv'), 'utf8');
  assert.ok(csv.startsWith('\uFEFFNote,File,Areas,Written,Written against,Attached to,Now shown at,What changed,Comparison,Reviewed by,Reviewed on\r\n'));
  assert.equal(csv.trim().split('\r\n').length, 13);
});

test('a note attached to an id that does not exist stops check:local with the nearest ids', () => {
  appendFileSync(join(layer, 'notes', 'referrals.yaml'), '\n- id: typo\n  edition: "2026"\n  provision: referal-who\n  text: A note with a misspelt id.\n  written: 2026-06-01\n');
  const check = npm('check:local', '--', '--out', join(tmp, 'reports-2'));
  assert.equal(check.status, 1);
  assert.match(check.stderr, /local\/notes\/referrals\.yaml:\d+ {2}Local note "typo": Working Together 2026 has no provision "referal-who"\.\n {4}Fix: correct the id: the nearest ids are "referral-who"/);
  assert.ok(!existsSync(join(tmp, 'reports-2')), 'no report from a layer that does not validate');
});
