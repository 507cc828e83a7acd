/**
 * Search records for a local layer: one per local note (opening the note beside the guidance, in
 * the newest edition it is shown in), one per area's contacts and one per local document. Each is
 * of the kind "Local information" (the search page's "Show" filter), so the search page can show
 * local information alone. No layer: no records.
 */
import { getEdition } from '../model/queries.ts';
import type { Site } from '../model/types.ts';
import { getLocalLayer } from '../model/local/feature.ts';
import { contactOf } from '../model/local/check-layer.ts';
import { CORE_CONTACTS } from '../model/local/placeholders.ts';
import { contactText, noteText } from '../model/local/render.ts';
import { anchorOf } from '../model/local/views.ts';
import { variesByArea } from '../model/local/placeholders.ts';
import type { SearchRecord } from './records.ts';
import type { RecordKind } from './record-kinds.ts';

export const LOCAL_FILTER: RecordKind = 'Local information';

export function localSearchRecords(site: Site): SearchRecord[] {
  const layer = getLocalLayer(site);
  if (!layer) return [];
  const byEdition = (e: string) => getEdition(site, e)!;
  const record = (url: string, title: string, content: string, where: string, what: string, edition?: string): SearchRecord => ({
    url, content, language: 'en',
    meta: { title, edition: edition ?? '', editionTitle: `Local: ${layer.name}`, kind: LOCAL_FILTER, status: '', chapter: where, section: what, number: '' },
    filters: { kind: [LOCAL_FILTER], ...(edition ? { edition: [edition] } : {}) },
    sort: { edition: edition ?? '0000' },
  });
  const records: SearchRecord[] = [];
  for (const note of layer.notes) {
    const placements = [...layer.placements.values()].flat().filter((p) => p.note === note);
    if (!placements.length) continue;
    const newest = placements.reduce((a, b) => (b.edition > a.edition ? b : a));
    const areas = layer.areas.filter((a) => note.areas.includes(a.id));
    const texts = variesByArea(note.text) ? areas.map((a) => `${a.name}: ${noteText(layer, a, note.text)}`) : [noteText(layer, null, note.text)];
    const anchor = anchorOf(newest, variesByArea(note.text) ? `${note.id}--${areas[0].id}` : note.id);
    const url = anchor ? `${newest.path.split('#')[0]}#${anchor}` : newest.path;
    const areaLabel = note.everyArea ? `Every area of ${layer.shortName}` : areas.map((a) => a.name).join(', ');
    records.push(record(url, note.title ?? `Local note: ${newest.label}`, [note.title, ...texts, areaLabel].filter(Boolean).join(' '), areaLabel, `Beside “${newest.label}” (${byEdition(newest.edition).shortTitle})`, newest.edition));
  }
  for (const area of layer.areas) {
    const roles = [...CORE_CONTACTS.map((k) => [k, contactOf(area.contacts, k)!] as const), ...area.contacts.other.map((o) => [o.role, o.contact] as const)];
    const content = roles.map(([role, c]) => `${{ frontDoor: 'Front door, referrals to children\'s social care', outOfHours: 'Out of hours, emergency duty', designatedOfficer: 'Designated officer (LADO), allegations', police: 'Police' }[role as string] ?? role}: ${contactText(c)}.`).join(' ');
    records.push(record(`/local/${area.id}/`, `${area.name}: local contacts`, `${area.name} contacts. ${content}`, area.name, 'Contacts'));
  }
  for (const d of layer.documents) {
    const where = d.areas ? d.areas.map((a) => layer.areas.find((x) => x.id === a)!.name).join(', ') : `Every area of ${layer.shortName}`;
    records.push(record(d.areas?.length === 1 ? `/local/${d.areas[0]}/` : '/local/', d.title, [d.title, d.summary, d.kind === 'threshold' ? 'threshold document, continuum of need, levels of need' : d.kind, where].filter(Boolean).join('. '), where, 'Local document'));
  }
  return records;
}
