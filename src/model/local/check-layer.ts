/**
 * Cross-checks a local layer against itself: ids unique, every area named exists, every area has a
 * threshold document, placeholders name contacts and documents that exist for the note's areas,
 * and dates are possible (nothing written in the future, a review not before the note was written
 * nor against an edition older than the note's).
 */
import type { ContentError } from '../../validation/content-error.ts';
import type { PartnershipFile } from '../../schemas/local-layer.ts';
import type { LocalDocument } from '../../schemas/local-document.ts';
import type { LocalNote } from '../../schemas/local-note.ts';
import type { LocalAmendment } from '../../schemas/amendments.ts';
import type { Site } from '../types.ts';
import type { Located } from './load-layer.ts';
import { suggest } from './nearest.ts';
import { CORE_CONTACTS, placeholdersIn } from './placeholders.ts';
import { LAYER_GUIDE } from './root.ts';

export interface LayerInput {
  partnership: { data: PartnershipFile; file: string; locate: (p: PropertyKey[]) => number };
  documents: Located<LocalDocument>[];
  notes: (Located<LocalNote> & { folderArea?: string })[];
  amendments: Located<LocalAmendment>[];
}

export function checkLayer(input: LayerInput, site: Site, on: string): ContentError[] {
  const errors: ContentError[] = [];
  const { partnership } = input;
  const areaIds = partnership.data.areas.map((a) => a.id);
  const err = (code: string, file: string, line: number, message: string, fix: string) => errors.push({ code, file, line, message, fix });
  const unique = <T extends { data: { id: string } }>(items: T[], what: string, file: (t: T) => string, line: (t: T) => number) => {
    const seen = new Map<string, T>();
    for (const t of items) {
      const first = seen.get(t.data.id);
      if (first) err('local-duplicate-id', file(t), line(t), `${what} id "${t.data.id}" is used twice (first at ${file(first)}:${line(first)}).`, 'give each its own id');
      else seen.set(t.data.id, t);
    }
  };
  unique(partnership.data.areas.map((data, i) => ({ data, i })), 'Area', () => partnership.file, (t) => partnership.locate(['areas', t.i, 'id']));
  unique(input.documents, 'Document', (d) => d.file, (d) => d.line);
  unique(input.notes, 'Note', (n) => n.file, (n) => n.line);
  unique(input.amendments, 'Local update', (a) => a.file, (a) => a.line);

  const knownAreas = (items: string[] | undefined, file: string, locate: (p: PropertyKey[]) => number, path: PropertyKey[], who: string) =>
    (items ?? []).forEach((a, j) => {
      if (!areaIds.includes(a)) err('local-unknown-area', file, locate([...path, j]), `${who} names area "${a}", which partnership.yaml does not list.`, `use one of: ${areaIds.join(', ')}`);
    });
  const future = (date: string, file: string, line: number, who: string) => {
    if (date > on) err('local-bad-date', file, line, `${who} is dated ${date}, a day that has not come yet.`, 'give the day it actually happened; nothing is recorded ahead of time');
  };

  for (const d of input.documents) {
    knownAreas(d.data.areas, d.file, d.locate, [d.index, 'areas'], `Document "${d.data.id}"`);
    future(d.data.updated, d.file, d.locate([d.index, 'updated']), `Document "${d.data.id}"`);
  }
  for (const area of partnership.data.areas) {
    const has = input.documents.some((d) => d.data.kind === 'threshold' && (!d.data.areas || d.data.areas.includes(area.id)));
    if (!has) err('local-no-threshold-document', partnership.file, partnership.locate(['areas', areaIds.indexOf(area.id), 'id']), `${area.name} has no threshold document: practitioners there cannot see when to refer.`, `list it in documents.yaml with kind: threshold (and areas: [${area.id}] if it is not shared by every area)`);
  }

  const docs = new Map(input.documents.map((d) => [d.data.id, d.data]));
  for (const n of input.notes) {
    const note = n.data;
    const who = `Local note "${note.id}"`;
    const at = (...p: PropertyKey[]) => n.locate([n.index, ...p]);
    knownAreas(note.areas, n.file, n.locate, [n.index, 'areas'], who);
    if (n.folderArea && !areaIds.includes(n.folderArea))
      err('local-unknown-area', n.file, 1, `The folder notes/${n.folderArea}/ is named for an area partnership.yaml does not list.`, `name the folder after an area id (${areaIds.join(', ')}), or move the file up to notes/ for notes on every area`);
    const areas = (note.areas ?? (n.folderArea ? [n.folderArea] : areaIds)).filter((a) => areaIds.includes(a));
    future(note.written, n.file, at('written'), who);
    if (note.reviewed) {
      future(note.reviewed.on, n.file, at('reviewed', 'on'), `${who}'s review`);
      if (note.reviewed.on < note.written) err('local-bad-date', n.file, at('reviewed', 'on'), `${who} was reviewed on ${note.reviewed.on}, before it was written (${note.written}).`, 'correct the review date, or the written date if the note was changed at the review');
      if (!site.editions.some((e) => e.id === note.reviewed!.edition)) err('local-unknown-id', n.file, at('reviewed', 'edition'), `${who} says it was reviewed against edition ${note.reviewed.edition}, which the site does not have.`, `name one of ${site.editions.map((e) => e.id).join(', ')}`);
      else if (note.reviewed.edition < note.edition) err('local-bad-date', n.file, at('reviewed', 'edition'), `${who} is attached to ${note.edition} but says it was reviewed against the older ${note.reviewed.edition}.`, `review it against ${note.edition} or a later edition, or remove reviewed`);
    }
    for (const [j, id] of note.documents.entries()) if (!docs.has(id)) err('local-unknown-id', n.file, at('documents', j), `${who} lists document "${id}", which documents.yaml does not have.`, `correct it: ${suggest(id, docs.keys(), 'add the document to documents.yaml')}`);
    for (const p of placeholdersIn(note.text)) {
      if (p.kind === 'document') {
        const d = docs.get(p.name);
        if (!d) err('local-unknown-id', n.file, at('text'), `${who} shows {document:${p.name}}, which documents.yaml does not have.`, `correct it: ${suggest(p.name, docs.keys(), 'add the document to documents.yaml')}`);
        else if (d.areas && areas.some((a) => !d.areas!.includes(a))) err('local-unknown-id', n.file, at('text'), `${who} shows document "${p.name}" in areas it does not cover (${areas.filter((a) => !d.areas!.includes(a)).join(', ')}).`, 'limit the note to the document\'s areas, or list the document for every area');
        continue;
      }
      const missing = partnership.data.areas.filter((a) => areas.includes(a.id) && !(CORE_CONTACTS as readonly string[]).includes(p.name) && !a.contacts.other.some((o) => o.id === p.name));
      if (missing.length) {
        const known = [...CORE_CONTACTS, ...new Set(partnership.data.areas.flatMap((a) => a.contacts.other.map((o) => o.id)))];
        err('local-unknown-id', n.file, at('text'), `${who} shows {${p.kind}:${p.name}}, a contact ${missing.map((a) => a.name).join(' and ')} do${missing.length === 1 ? 'es' : ''} not list.`, `use one of ${known.map((k) => `{${p.kind}:${k}}`).join(', ')}, or add it to the area's contacts.other in partnership.yaml`);
      } else if (p.kind === 'phone') {
        const noPhone = partnership.data.areas.filter((a) => areas.includes(a.id) && !contactOf(a.contacts, p.name)?.phone);
        if (noPhone.length) err('local-missing-contact', n.file, at('text'), `${who} shows {phone:${p.name}}, but ${noPhone.map((a) => a.name).join(' and ')} give${noPhone.length === 1 ? 's' : ''} no phone number for it.`, `use {contact:${p.name}}, or add the number in partnership.yaml`);
      }
    }
  }

  for (const a of input.amendments) {
    const who = `Local update "${a.data.id}"`;
    knownAreas(a.data.areas, a.file, a.locate, [a.index, 'areas'], who);
    future(a.data.date, a.file, a.locate([a.index, 'date']), who);
    const ids = new Set(input.notes.map((n) => n.data.id));
    a.data.notes.forEach((id, j) => { if (!ids.has(id)) err('local-unknown-id', a.file, a.locate([a.index, 'notes', j]), `${who} names note "${id}", which the layer does not have.`, `correct it: ${suggest(id, ids, 'add the note')}`); });
    a.data.documents.forEach((id, j) => { if (!docs.has(id)) err('local-unknown-id', a.file, a.locate([a.index, 'documents', j]), `${who} names document "${id}", which documents.yaml does not have.`, `correct it: ${suggest(id, docs.keys(), 'add the document')}`); });
  }
  input.amendments.forEach((a, i) => {
    const prev = input.amendments[i - 1];
    if (prev && a.data.date < prev.data.date) err('local-bad-date', a.file, a.locate([a.index, 'date']), `Local update "${a.data.id}" (${a.data.date}) is listed after one dated ${prev.data.date}.`, `keep the log in date order, oldest first (${LAYER_GUIDE})`);
  });
  return errors;
}

/** An area's contact by name: one of the four, or an "other" contact's id. */
export function contactOf(contacts: PartnershipFile['areas'][number]['contacts'], name: string) {
  if ((CORE_CONTACTS as readonly string[]).includes(name)) return contacts[name as (typeof CORE_CONTACTS)[number]];
  return contacts.other.find((o) => o.id === name)?.contact;
}
