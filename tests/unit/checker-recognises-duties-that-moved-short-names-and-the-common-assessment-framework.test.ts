import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, data } from './helpers/checker-real.ts';

test('"notify Ofsted" of a serious incident is a duty that moved, leading to where notification stands now', () => {
  const found = check('The local authority will notify Ofsted within five working days of a serious incident.');
  const duty = found.find((f) => f.kind === 'duty')!;
  assert.equal(duty.found, 'notify Ofsted');
  assert.match(duty.detail, /Child Safeguarding Practice Review Panel/);
  assert.ok(duty.successors.length && duty.successors.every((s) => s.url.startsWith(`/${data.current}/`)));
});

test('"notify Ofsted" without an incident in the sentence is not that duty', () => {
  assert.equal(check('Providers notify Ofsted of a change of address.').filter((f) => f.kind === 'duty').length, 0);
});

test('the short name of the national panel and the Common Assessment Framework are outdated terms with what replaced them', () => {
  const found = check('Advice came from the National Panel of Independent Experts. Practitioners complete a CAF first.');
  const panel = found.find((f) => f.found === 'National Panel of Independent Experts')!;
  assert.equal(panel.status, 'renamed');
  assert.match(panel.successors[0].label, /Child Safeguarding Practice Review Panel/);
  const caf = found.find((f) => f.found === 'CAF')!;
  assert.equal(caf.status, 'renamed');
  assert.match(caf.successors[0].label, /early help assessment/);
});
