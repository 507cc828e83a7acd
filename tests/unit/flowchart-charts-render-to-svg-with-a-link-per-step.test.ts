import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { contentRoot, loadSite } from '../../src/model/index.ts';
import { loadFlowcharts } from '../../src/model/flowcharts/feature.ts';
import { prepareSvg } from '../../src/model/flowcharts/prepare-svg.ts';
import { withBase } from '../../src/model/render-body.ts';

const root = contentRoot();
const { site } = loadSite(root, resolve('.'));
const { charts } = loadFlowcharts({ root, project: resolve('.'), site });

test('the content has charts to check', () => {
  assert.ok(charts.length > 0);
});

for (const chart of charts) {
  test(`${chart.edition}/${chart.id}: each step's box links to the provision it cites first`, () => {
    const html = prepareSvg(chart, { base: '/guidance/' });
    const hrefs = [...html.matchAll(/<a href="([^"]+)" class="flowchart__link"/g)].map((m) => m[1]);
    assert.deepEqual(hrefs.sort(), chart.steps.map((s) => withBase('/guidance/', s.cites[0].path)).sort());
  });

  test(`${chart.edition}/${chart.id}: the SVG carries its title and description and no Mermaid styles`, () => {
    const html = prepareSvg(chart, { base: '/' });
    assert.match(html, /^<svg [^>]*role="graphics-document document"/);
    const decode = (t: string) => t.replace(/&#x27;/g, "'").replace(/&#x26;|&amp;/g, '&').replace(/&#x3C;|&lt;/g, '<');
    assert.equal(decode(/<title id="[^"]+">([^<]*)<\/title>/.exec(html)?.[1] ?? ''), chart.title);
    assert.match(html, /<desc id="[^"]+">[^<]+<\/desc>/);
    assert.doesNotMatch(html, /<style|\sstyle="|<script|mermaid/i);
  });
}
