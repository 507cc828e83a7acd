/**
 * A provision's history finds every edition where its subject appears only if the lineage links
 * them. This reports chains that look broken, so the history does not start too late:
 *  - a provision new in an edition (no from="...") whose id the previous edition also uses;
 *  - a new provision whose title names a subject (a glossary term or acronym of any edition) that
 *    an earlier edition's provisions name in their titles, where every one of those earlier
 *    provisions' lines ended there (removed) and no edition in between names it: the subject looks
 *    like it came back, or went on through an edition whose summary lacks it.
 * It also checks resumes="edition:id" links: the provision exists, in an edition before the
 * previous one, and its line ended.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { lineageOf } from '../lineage.ts';
import { getEdition, provisionsOf } from '../queries.ts';
import type { ProvisionModel, Site } from '../types.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Subjects: every glossary term and acronym, as patterns over titles (acronyms as capitals). */
function subjectsOf(site: Site): { name: string; re: RegExp }[] {
  const names = new Map<string, RegExp>();
  for (const e of site.editions)
    for (const g of e.glossary) {
      names.set(g.term.toLowerCase(), new RegExp(String.raw`\b${g.term.split(/\s+/).map(escape).join(String.raw`[\s-]+`)}s?\b`, 'i'));
      if (g.acronym) names.set(g.acronym, new RegExp(String.raw`\b${escape(g.acronym)}s?\b`));
    }
  return [...names].map(([name, re]) => ({ name, re }));
}

export function checkBrokenChains(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  const l = lineageOf(site);
  const ended = (q: ProvisionModel) => l.successors(q).length === 0 && l.resumedBy(q).length === 0 && site.editions.some((e) => e.previous === q.edition);
  const subjects = subjectsOf(site);
  for (const e of site.editions) {
    const previous = e.previous ? getEdition(site, e.previous) : undefined;
    if (!previous) continue;
    const before = site.editions.filter((x) => x.id < e.id).reverse();
    const prevIds = new Map(provisionsOf(previous).map((p) => [p.id, p]));
    for (const p of provisionsOf(e)) {
      if (p.resumes) {
        const target = getEdition(site, p.resumes.edition);
        const q = target && provisionsOf(target).find((x) => x.id === p.resumes!.id);
        const what = `Provision "${p.id}" resumes "${p.resumes.edition}:${p.resumes.id}"`;
        if (!q) errors.push({ code: 'lineage-resumes', file: p.file, line: p.line, message: `${what}, which does not exist.`, fix: 'name an earlier edition and one of its provision ids, e.g. resumes="2010:appx5-lado"' });
        else if (q.edition >= previous.id) errors.push({ code: 'lineage-resumes', file: p.file, line: p.line, message: `${what}, but that is in the previous edition or later.`, fix: `a predecessor in ${previous.id} is named with from="${q.id}"` });
        else if (l.successors(q).length) errors.push({ code: 'lineage-resumes', file: p.file, line: p.line, message: `${what}, but its line goes on in ${l.successors(q)[0].edition} ("${l.successors(q)[0].id}").`, fix: `continue that line instead: from="..." naming its provision in ${previous.id}` });
      }
      if (p.from.length || p.resumes) continue;
      const same = prevIds.get(p.id);
      // Two provisions of this edition with one id are reported as duplicates, not here.
      if (same && provisionsOf(e).filter((x) => x.id === p.id).length === 1) {
        errors.push({ code: 'lineage-likely-broken', file: p.file, line: p.line, message: `Provision "${p.id}" is new in ${e.id}, but ${previous.id} has a provision with the same id ("${same.title}").`, fix: `if it continues that provision, add from="${p.id}" and change="..."; if it is a different subject, give it an id of its own` });
        continue;
      }
      for (const s of subjects.filter((x) => x.re.test(p.title))) {
        const last = before.find((x) => provisionsOf(x).some((q) => s.re.test(q.title)));
        if (!last) continue;
        const there = provisionsOf(last).filter((q) => s.re.test(q.title));
        if (!there.every(ended)) continue;
        const q = there[0];
        const gap = site.editions.filter((x) => x.id > last.id && x.id < e.id).map((x) => x.id);
        const between = gap.length ? ` (no provision title in ${gap.join(' or ')} names it)` : '';
        errors.push({
          code: 'lineage-likely-broken', file: p.file, line: p.line,
          message: `Provision "${p.id}" is new in ${e.id}, so its history starts there, but its subject "${s.name}" is in ${last.id} ("${q.id}": ${q.title}), whose line ends in ${last.id}${between}.`,
          fix: last.id === previous.id
            ? `if it continues "${q.id}", add from="${q.id}" and change="..." (and drop "${q.id}" from removed: in editions/${e.id}/edition.yaml)`
            : `if the subject went on through ${previous.id}, add its ${previous.id} provision (where a source shows it) and link the chain with from="..."; if it left the guidance in between, add resumes="${last.id}:${q.id}"`,
        });
        break;
      }
    }
  }
  return errors;
}
