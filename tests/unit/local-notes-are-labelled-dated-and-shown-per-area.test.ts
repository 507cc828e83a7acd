import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadLocal } from '../../src/model/local/feature.ts';
import { notesAt } from '../../src/model/local/views.ts';
import { localNotesHtml } from '../../src/components/LocalNote/local-notes-html.ts';
import { localFixture } from './helpers/local-fixture.ts';

function load(edit?: (fx: ReturnType<typeof localFixture>) => void) {
  const fx = localFixture();
  edit?.(fx);
  const { site, errors } = loadSite(fx.root, fx.project);
  assert.deepEqual(errors, []);
  return { site, layer: loadLocal({ root: fx.root, project: fx.project, site }).layer! };
}

test('a note that names no contact is shown once for every area, labelled local and dated', () => {
  const { site, layer } = load();
  const [v] = notesAt(site, layer, 'p:2013:strategy-when');
  assert.deepEqual([v.label, v.areaLabel, v.areas, v.written, v.review], ['Local to Testshire Safeguarding Children Partnership', 'Every area of Testshire', [], '1 March 2011', undefined]);
  const html = localNotesHtml([v]);
  assert.match(html, /<span class="tag tag--local">Local<\/span> <strong>Local to Testshire Safeguarding Children Partnership<\/strong> \(a made-up example\) · Every area of Testshire · written <time datetime="2011-03-01">1 March 2011<\/time>/);
  assert.doesNotMatch(html, /data-area=/, 'shown whatever area a reader chose');
});

test('a note that shows a contact is shown once per area it applies to, each with that area\'s contact', () => {
  const { site, layer } = load();
  const views = notesAt(site, layer, 't:strategy#strategy@2013');
  assert.deepEqual(views.map((v) => [v.areaLabel, v.areas]), [['East Testshire', ['east']], ['West Testshire', ['west']]]);
  assert.match(views[0].html, /Call <a href="tel:01632960301">01632 960301<\/a> to arrange it\./);
  assert.match(views[1].html, /Call <a href="tel:01632960401">01632 960401<\/a>/);
  assert.match(localNotesHtml(views), /data-area="west"/);
});

test('where the guidance changed since the note was written, it says so and what changed', () => {
  const { site, layer } = load();
  const [v] = notesAt(site, layer, 'p:2013:icpc-timing');
  assert.equal(v.review?.headline, 'The guidance changed here: local note to review.');
  assert.equal(v.review?.detail, 'Working Together 2013: reworded. The note was written against Working Together 2010.');
});

test('a note\'s own text is escaped: only the site\'s markup is HTML', () => {
  const { site, layer } = load((fx) => {
    const f = join(fx.layer, 'notes', 'notes.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('In Testshire the Front Door convenes the discussion.', '"In Testshire <script>alert(1)</script> the Front Door & police meet."'));
  });
  const [v] = notesAt(site, layer, 'p:2013:strategy-when');
  assert.equal(v.html, '<p>In Testshire &lt;script&gt;alert(1)&lt;/script&gt; the Front Door &amp; police meet.</p>');
});

test('on a regional site each area\'s note is labelled with its own partnership', () => {
  const { site, layer } = load((fx) => {
    const f = join(fx.layer, 'partnership.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('    name: West Testshire\n', '    name: West Testshire\n    partnership: { name: Westshire Children\'s Partnership }\n'));
  });
  const views = notesAt(site, layer, 't:strategy#strategy@2013');
  assert.deepEqual(views.map((v) => v.label), ['Local to Testshire Safeguarding Children Partnership', 'Local to Westshire Children\'s Partnership']);
});

test('on a regional site, notes in notes/<area>/ are that area\'s own, and a folder named for no area is refused', () => {
  const { site, layer } = load((fx) => {
    mkdirSync(join(fx.layer, 'notes', 'west'));
    writeFileSync(join(fx.layer, 'notes', 'west', 'west.yaml'), '- id: west-only\n  edition: "2013"\n  provision: icpc-timing\n  text: West Testshire books conferences through its own team.\n  written: 2014-05-01\n');
  });
  const west = notesAt(site, layer, 'p:2013:icpc-timing').find((v) => v.key === 'west-only')!;
  assert.deepEqual([west.areas, west.areaLabel], [['west'], 'West Testshire']);

  const fx = localFixture();
  mkdirSync(join(fx.layer, 'notes', 'north'));
  writeFileSync(join(fx.layer, 'notes', 'north', 'north.yaml'), '- id: north-only\n  edition: "2013"\n  provision: icpc-timing\n  text: A note in a folder named for no area.\n  written: 2014-05-01\n');
  const { errors } = loadSite(fx.root, fx.project);
  assert.deepEqual(errors.map((e) => `${e.file}:${e.line} ${e.code}`), ['local/notes/north/north.yaml:1 local-unknown-area']);
});
