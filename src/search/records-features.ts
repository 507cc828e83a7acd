/**
 * Search records for content that lives beside the editions: the terminology crosswalk (one
 * record per term, on the terms page), changes in law coming into force and revisions under way
 * (one record each, at their anchors on their edition's page). Each is built from the validated
 * feature data the pages show, so a result always opens the words it matched.
 */
import { formatDate } from '../model/dates.ts';
import type { Site } from '../model/types.ts';
import type { ComingIntoForce } from '../schemas/coming-into-force.ts';
import type { RevisionUnderWay } from '../schemas/revision-under-way.ts';
import type { Term } from '../schemas/term.ts';
import { comingStatusOf } from '../model/coming-into-force/feature.ts';
import { describeSection } from '../model/legal-sections/load.ts';
import { whenExpected } from '../model/coming-into-force/when.ts';
import { factRecord } from './records-edition.ts';
import type { SearchRecord } from './records.ts';


/** One record per term of the crosswalk, filed under every edition that uses one of its names. */
export function termRecords(site: Site, terms: Term[]): SearchRecord[] {
  const name = (id: string) => terms.find((t) => t.id === id)?.names[0].term ?? id;
  return terms.map((t) => {
    const editions = [...new Set(t.names.flatMap((n) => n.editions))].filter((e) => site.editions.some((x) => x.id === e)).sort();
    const names = t.names.map((n) => `${n.term}${n.acronym ? ` (${n.acronym})` : ''}, used in ${n.editions.join(', ')}`);
    const replacedBy = terms.filter((x) => x.replaces.includes(t.id)).map((x) => x.names[0].term);
    const content = [
      `${names.join('; ')}.`,
      t.replaces.length ? `It replaced ${t.replaces.map(name).join(' and ')}.` : '',
      replacedBy.length ? `Replaced by ${replacedBy.join(' and ')}.` : '',
      t.note ?? '',
    ].filter(Boolean).join(' ');
    return factRecord({
      kind: 'Terms across editions', url: `/terms/#term-${t.id}`, page: 'Terminology crosswalk', section: 'Terms across editions',
      title: t.names[0].acronym ? `${t.names[0].acronym}: ${t.names[0].term}` : t.names[0].term, content, editions,
    });
  });
}

/** One record per change in law coming into force, on its edition's page. */
export function comingIntoForceRecords(site: Site, entries: ComingIntoForce[]): SearchRecord[] {
  return entries.flatMap((c) => {
    const edition = site.editions.find((e) => e.id === c.edition);
    if (!edition) return [];
    const content = [
      `${comingStatusOf(c)}.`,
      c.what,
      ...c.sections.map((id) => `${describeSection(id)}.`),
      `Law: ${c.law}${c.where ? `, ${c.where}` : ''}${c.enacted ? ` (enacted ${formatDate(c.enacted)})` : ''}.`,
      `${whenExpected(c.expected).sentence}${c.expectedDate ? ` (${formatDate(c.expectedDate)})` : ''}.`,
    ].join(' ');
    return [factRecord({ kind: 'Coming into force', edition, url: `${edition.path}#coming-${c.id}`, page: 'About the edition', section: 'Coming into force', title: c.title, content })];
  });
}

/** One record per revision announced or consulted on, on the page of the edition it would revise. */
export function revisionRecords(site: Site, revisions: RevisionUnderWay[]): SearchRecord[] {
  return revisions.flatMap((r) => {
    const edition = site.editions.find((e) => e.id === r.edition);
    if (!edition) return [];
    const when = r.kind === 'announced' ? `Announced ${formatDate(r.opened)}` : `Consultation opened ${formatDate(r.opened)}${r.closes ? `, closing ${formatDate(r.closes)}` : ''}`;
    const content = [
      `Proposed, not in force. ${when}. Would revise ${edition.shortTitle}. Run by ${r.by}.`,
      r.outcome,
      `Proposals cover: ${r.covers.join('; ')}.`,
      r.alsoRevises.length ? `Would also change: ${r.alsoRevises.join('; ')}.` : '',
    ].filter(Boolean).join(' ');
    return [factRecord({
      kind: 'Revisions under way', edition, url: `${edition.path}#revision-${r.id}`, page: 'About the edition', section: 'A revision is being prepared',
      title: `${r.kind === 'consultation' ? 'Consultation: ' : ''}${r.title}`, content,
    })];
  });
}
