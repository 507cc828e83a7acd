/**
 * Legal sections as a feature: content/vocabulary/legal-sections.yaml, validated, and checked
 * against every page that names a section or its subject, so a section has one number everywhere.
 *  - A text about a section's subject ("multi-agency child protection teams") that names a
 *    neighbouring section of the same Act the list does not know ("section 16EB") names the wrong
 *    one; one that describes it only by what it follows ("a new section after section 16E") does
 *    not name it as enacted.
 *  - A provision naming a section that puts a duty on one body (section 16C(1): the local
 *    authority) records that body among its holders.
 * Texts read: provision summaries (their own, not carried forward), key changes, glossary meanings,
 * edition facts, the coming-into-force list and decision-tree outcomes.
 */
import { join, relative } from 'node:path';
import type { LegalSection } from '../../schemas/legal-section.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { holdersOf } from '../compare/holder-mentions.ts';
import { loadComingIntoForce } from '../coming-into-force/feature.ts';
import type { FeatureContext, FeatureLoader } from '../features.ts';
import { provisionsOf } from '../queries.ts';
import { loadTrees } from '../trees/load-trees.ts';
import { loadLegalSections, sectionName } from './load.ts';
import { baseOf, insertedAfter, sectionRefs, stemOf } from './references.ts';

interface Text { text: string; file: string; line: number; what: string; holders?: string[] }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether the text speaks of the section's subject (an all-capitals subject is matched as capitals). */
const about = (s: LegalSection, text: string) =>
  s.subjects.some((w) => new RegExp(String.raw`\b${escape(w)}`, /^[A-Z]+$/.test(w) ? '' : 'i').test(text));

function textsOf(ctx: FeatureContext): Text[] {
  const { site, root, project } = ctx;
  const out: Text[] = [];
  for (const e of site.editions) {
    for (const p of provisionsOf(e)) if (!p.carried) out.push({ text: p.text, file: p.file, line: p.line, what: `Provision "${p.id}"`, holders: holdersOf(site, p) });
    const k = e.keyChanges;
    if (k) {
      out.push({ text: k.summary, file: k.file, line: 1, what: 'The key changes summary' });
      k.atAGlance.forEach((c, i) => out.push({ text: c.text, file: k.file, line: k.lineOf[`atAGlance.${i}`] ?? 1, what: `At-a-glance item ${i + 1}` }));
      k.chapters.forEach((ch, i) => ch.changes.forEach((c, j) => out.push({ text: c.text, file: k.file, line: k.lineOf[`chapters.${i}.changes.${j}`] ?? 1, what: `The ${ch.chapter} key change ${j + 1}` })));
    }
    for (const g of e.glossary) out.push({ text: g.meaning, file: g.file, line: g.line, what: `The glossary entry "${g.term}"` });
    for (const f of [...e.background, ...e.relatedDocuments]) out.push({ text: f.what, file: e.file, line: 1, what: `Edition ${e.id}'s facts` });
  }
  for (const c of loadComingIntoForce(root, project, site).entries)
    out.push({ text: [c.title, c.where, c.what, c.expected].filter(Boolean).join('. '), file: relative(project, join(root, 'coming-into-force.yaml')), line: c.line, what: `Coming into force "${c.id}"` });
  for (const t of loadTrees(root, project).trees)
    t.tree.variants.forEach((v, vi) => v.outcomes.forEach((o, oi) => out.push({ text: `${o.title}. ${o.text}`, file: t.file, line: t.locate(['variants', vi, 'outcomes', oi, 'text']), what: `Outcome "${o.id}"` })));
  return out;
}

export function checkLegalSections(ctx: FeatureContext): ContentError[] {
  const { site, root, project } = ctx;
  const loaded = loadLegalSections(root, project);
  const errors = [...loaded.errors];
  const { sections, file, locate } = loaded;
  const ids = new Set<string>();
  sections.forEach((s, i) => {
    const err = (path: (string | number)[], message: string, fix: string) => errors.push({ code: 'legal-section', file, line: locate([i, ...path]), message: `"${s.id}": ${message}`, fix });
    if (ids.has(s.id)) err(['id'], 'this id is used twice.', 'give each section its own id');
    ids.add(s.id);
    if (s.holder && !site.dutyHolders.has(s.holder)) err(['holder'], `names holder "${s.holder}", which content/vocabulary/duty-holders.yaml does not list.`, 'name a duty-holder id');
    s.sources.forEach((src, j) => { if (!site.sources.has(src)) err(['sources', j], `cites source "${src}", which content/sources/*.yaml does not list.`, 'add the source or correct the id'); });
  });
  const known = (act: string, n: string) => sections.some((s) => s.act === act && baseOf(s.section) === baseOf(n));
  for (const t of textsOf(ctx)) {
    const refs = sectionRefs(t.text);
    for (const s of sections) {
      if (about(s, t.text)) {
        for (const r of refs)
          if (r.act === s.act && stemOf(r.number) === stemOf(s.section) && !known(r.act, r.number))
            errors.push({ code: 'legal-section-differs', file: t.file, line: t.line, message: `${t.what} names section ${r.number} of the ${r.act} for ${s.about}, but the Act as enacted numbers that section ${s.section}.`, fix: `write ${sectionName(s)} (content/vocabulary/legal-sections.yaml)` });
        if (s.changedBy?.how === 'inserts')
          for (const r of insertedAfter(t.text))
            if (r.act === s.act && stemOf(r.number) === stemOf(s.section))
              errors.push({ code: 'legal-section-differs', file: t.file, line: t.line, message: `${t.what} describes the section on ${s.about} only as a new section after section ${r.number} of the ${r.act}; the Act as enacted numbers it ${s.section}.`, fix: `name it as enacted: ${sectionName(s)}` });
      }
      if (s.holder && t.holders?.length && refs.some((r) => r.act === s.act && baseOf(r.number) === baseOf(s.section)) && !t.holders.includes(s.holder))
        errors.push({ code: 'legal-section-holder', file: t.file, line: t.line, message: `${t.what} names ${sectionName(s)}, which puts the duty on ${site.dutyHolders.get(s.holder)?.name ?? s.holder}, but the provision gives the duty to ${t.holders.map((h) => site.dutyHolders.get(h)?.name ?? h).join(', ')}.`, fix: `add ${s.holder} to duty="...", or correct the section named` });
    }
  }
  return errors;
}

export const legalSectionsFeature: FeatureLoader = {
  name: 'legal sections',
  check: checkLegalSections,
};
