import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadComingIntoForce } from '../../src/model/coming-into-force/feature.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const entry = (over: Record<string, string> = {}) => `- id: ${over.id ?? 'fgdm-duty'}
  title: Family group decision-making offered before care proceedings
  law: Made-up Act 2029
  what: A made-up change for the tests.
  affects: [${over.affects ?? 'local-authority'}]
  status: awaiting-commencement
  expected: Not yet announced
${over.expectedDate ? `  expectedDate: ${over.expectedDate}\n` : ''}  edition: "2013"
  provisions: [${over.provisions ?? 'icpc-timing'}]
  sources: [seed-004]
`;

const load = (yaml: string, on = '2026-12-03') => {
  const { root, project } = fixtureContent();
  writeFileSync(join(root, 'coming-into-force.yaml'), yaml);
  const { site } = loadSite(root, project);
  return loadComingIntoForce(root, project, site, on);
};

test('a valid entry loads with the provisions it will change', () => {
  const r = load(entry());
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.entries.map((e) => [e.id, e.provisions]), [['fgdm-duty', ['icpc-timing']]]);
});

test('an entry naming a provision the edition does not have fails with file, line and fix', () => {
  const r = load(entry({ provisions: 'no-such-provision' }));
  assert.deepEqual(r.errors.map((e) => `${e.file}:${e.line} ${e.message}`), ['content/coming-into-force.yaml:9 "fgdm-duty": will affect "no-such-provision", which edition 2013 does not have.']);
});

test('an entry naming an unknown duty holder fails', () => {
  assert.match(load(entry({ affects: 'nobody' })).errors[0].message, /affects "nobody"/);
});

test('an expected date that has passed warns, without failing, that the entry needs checking', () => {
  const r = load(entry({ expectedDate: '2026-10' }), '2026-12-03');
  assert.deepEqual(r.errors, []);
  assert.match(r.warnings[0], /"fgdm-duty" was expected by 2026-10: check whether it has come into force/);
});

test('the real content lists the Children\'s Wellbeing and Schools Act 2026 changes, none stated as in force', () => {
  const { site } = loadSite();
  const r = loadComingIntoForce(join(process.cwd(), 'content'), process.cwd(), site);
  assert.deepEqual(r.errors, []);
  assert.ok(r.entries.length >= 4);
  assert.ok(r.entries.every((e) => e.status !== 'partly-in-force' || e.what.length > 0));
  const named = r.entries.flatMap((e) => e.sections);
  for (const id of ['ca1989-s31za', 'ca2004-s16ea', 'ca2004-s16la', 'ca2004-s16lc', 'ca2004-s16ld'])
    assert.ok(named.includes(id), `names ${id}, as enacted, from content/vocabulary/legal-sections.yaml`);
});
