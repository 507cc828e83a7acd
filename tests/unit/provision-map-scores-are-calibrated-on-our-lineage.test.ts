import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { getEdition, provisionsOf } from '../../src/model/queries.ts';
import { proposeProvisionMap } from '../../src/official/provision-map.ts';
import { CONFIRM_SCORE, LINK_SCORE } from '../../src/model/confirmation/index.ts';

// Where the right answer is known: each provision with a summary of its own and a predecessor,
// matched (as the provision map matches official paragraphs) against the previous edition's
// summaries. How often is a proposal at or above a threshold its real predecessor?
test('proposals from the confirm score up are right at least 95% of the time, and from the link score up 85% of first proposals', () => {
  const { site } = loadSite();
  const rows: { score: number; right: boolean; first: boolean }[] = [];
  for (const e of site.editions) {
    if (!e.previous) continue;
    const prev = getEdition(site, e.previous)!;
    const targets = prev.chapters.flatMap((c) => c.sections.flatMap((s) => s.provisions.map((p) => ({ number: p.id, chapter: 'all', text: p.text, headings: [c.heading, s.heading] }))));
    const own = provisionsOf(e).filter((p) => p.from.length && p.change !== 'unconfirmed');
    const heading = (p: (typeof own)[number]) => e.chapters.find((c) => c.slug === p.chapter)!.sections.find((s) => s.id === p.section)!.heading;
    const proposals = proposeProvisionMap(own.map((p) => ({ id: p.id, chapter: 'all', title: p.title, text: p.text, section: heading(p) })), targets);
    proposals.forEach((pr, i) => pr.proposed.forEach((x, k) => rows.push({ score: x.score, right: own[i].from.includes(x.number), first: k === 0 })));
  }
  const precision = (t: number, firstOnly: boolean) => { const r = rows.filter((x) => x.score >= t && (!firstOnly || x.first)); return { n: r.length, p: r.filter((x) => x.right).length / r.length }; };
  const confirm = precision(CONFIRM_SCORE, false), link = precision(LINK_SCORE, true);
  console.log(`from ${CONFIRM_SCORE}: ${confirm.n} proposals, ${(confirm.p * 100).toFixed(1)}% right; from ${LINK_SCORE}: ${link.n} first proposals, ${(link.p * 100).toFixed(1)}% right`);
  assert.ok(confirm.n > 100 && confirm.p >= 0.95, `from ${CONFIRM_SCORE}: ${(confirm.p * 100).toFixed(1)}% right`);
  assert.ok(link.n > 300 && link.p >= 0.85, `from ${LINK_SCORE}: ${(link.p * 100).toFixed(1)}% right`);
});
