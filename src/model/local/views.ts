/**
 * What a page shows for the local notes at one place (a provision, a section, a flowchart step, a
 * tree outcome): one view per note, or one per area when the note shows an area's contact, each
 * labelled as local, with its area, its date and, where the guidance changed since it was written,
 * "the guidance changed here: local note to review". Plain data, so a React island can carry it.
 */
import { formatDate } from '../dates.ts';
import { getEdition } from '../queries.ts';
import type { Site } from '../types.ts';
import { variesByArea } from './placeholders.ts';
import { noteHtml } from './render.ts';
import type { LineageStep, LocalArea, LocalLayer, LocalNoteModel, Placement, ReviewKind } from './types.ts';

export interface LocalNoteView {
  /** The note id, and the area when the note is shown per area. */
  key: string;
  /** Its id on the page (unique there), where the place is shown once per page; absent on tree outcomes. */
  anchor?: string;
  /** The area ids it is shown for; empty when it applies to every area. */
  areas: string[];
  /** "North Exampleshire", or "Every area of Exampleshire". */
  areaLabel: string;
  /** "Local to Exampleshire Safeguarding Children Partnership". */
  label: string;
  title?: string;
  /** The note's paragraphs as HTML (the layer's text escaped; contacts and documents linked). */
  html: string;
  documents: { title: string; href: string; updated: string }[];
  /** "2 June 2025", and its ISO form. */
  written: string;
  writtenIso: string;
  /** "Checked against Working Together 2026 on 15 June 2026". */
  reviewed?: string;
  /** Set where the guidance changed since the note was written (or last checked). */
  review?: { headline: string; detail: string };
  /** The layer is made up (documentation, tests). */
  fictional: boolean;
}

export const REVIEW_HEADLINE = 'The guidance changed here: local note to review.';

export const KIND_WORDS: Record<ReviewKind, string> = {
  changed: 'changed', reworded: 'reworded', moved: 'moved', split: 'split into several provisions', merged: 'merged with others',
  unconfirmed: 'carried forward, not confirmed', 'new-provision': 'new provisions added', 'heading-changed': 'heading changed',
  'provisions-removed': 'some provisions removed', 'outcome-changed': 'the outcome changed', 'step-changed': 'the step changed',
  removed: 'removed', 'not-charted': 'not charted yet', 'not-in-tree': 'not covered by the decision tree yet',
};

/** "Working Together 2026: carried forward, not confirmed (Following up a referral)". */
export function changeWords(site: Site, steps: LineageStep[]): string {
  return steps.map((s) => `${getEdition(site, s.edition)?.shortTitle ?? s.edition}: ${KIND_WORDS[s.kind]}${s.detail ? ` (${s.detail})` : ''}`).join('; ');
}

const everyAreaLabel = (layer: LocalLayer) => (layer.areas.length === 1 ? layer.areas[0].name : `Every area of ${layer.shortName}`);

function labelFor(layer: LocalLayer, areas: LocalArea[]): string {
  const names = [...new Set(areas.map((a) => a.partnership.name))];
  return `Local to ${names.length === 1 ? names[0] : layer.name}`;
}

/** A note's id on the page of its place: "local-<note>[--<area>]--<edition>-<place id>". */
export function anchorOf(placement: Placement, key: string): string | undefined {
  if (placement.at.startsWith('t:')) return undefined; // a tree page shows an outcome more than once
  return `local-${key}--${placement.at.slice(2).replace(/[^a-z0-9]+/g, '-')}`;
}

function view(site: Site, layer: LocalLayer, note: LocalNoteModel, placement: Placement, area: LocalArea | null): LocalNoteView {
  const areas = area ? [area] : layer.areas.filter((a) => note.areas.includes(a.id));
  const own = getEdition(site, note.target.edition)!;
  const key = area ? `${note.id}--${area.id}` : note.id;
  return {
    key,
    anchor: anchorOf(placement, key),
    areas: note.everyArea && !area ? [] : areas.map((a) => a.id),
    areaLabel: note.everyArea && !area ? everyAreaLabel(layer) : areas.map((a) => a.name).join(' and '),
    label: labelFor(layer, areas),
    title: note.title,
    html: noteHtml(layer, area, note.text),
    documents: note.documents.map((id) => layer.documents.find((d) => d.id === id)!).map((d) => ({ title: d.title, href: d.url, updated: formatDate(d.updated) })),
    written: formatDate(note.written),
    writtenIso: note.written,
    reviewed: note.reviewed ? `Checked against ${getEdition(site, note.reviewed.edition)!.shortTitle} on ${formatDate(note.reviewed.on)}` : undefined,
    review: placement.changes.length
      ? { headline: REVIEW_HEADLINE, detail: `${changeWords(site, placement.changes)}. The note was written against ${own.shortTitle}${note.reviewed ? ` and last checked against ${getEdition(site, note.reviewed.edition)!.shortTitle}` : ''}.` }
      : undefined,
    fictional: layer.fictional,
  };
}

/** The views of every note shown at a place (see placeKey), in the layer's order. */
export function notesAt(site: Site, layer: LocalLayer | null, key: string): LocalNoteView[] {
  if (!layer) return [];
  const placements = layer.placements.get(key) ?? [];
  return placements.flatMap((p) => {
    if (!variesByArea(p.note.text)) return [view(site, layer, p.note, p, null)];
    return layer.areas.filter((a) => p.note.areas.includes(a.id)).map((a) => view(site, layer, p.note, p, a));
  });
}

/** A note as the local pages list it: where it is shown now (its newest place), and its view there. */
export interface NoteListing {
  id: string;
  /** The newest place it is shown (address without base, label, edition title). */
  place: { path: string; label: string; edition: string };
  /** Its views at that place (one per area when it names an area's contact), limited to one area if asked. */
  views: LocalNoteView[];
  /** Set when its line ends before the newest edition: what became of its place. */
  ended?: string;
}

export function noteListings(site: Site, layer: LocalLayer, area?: string): NoteListing[] {
  return layer.notes.filter((n) => !area || n.areas.includes(area)).map((note) => {
    const placements = [...layer.placements.values()].flat().filter((p) => p.note === note);
    const newest = placements.reduce((a, b) => (b.edition > a.edition ? b : a));
    const ending = layer.endings.find((e) => e.note === note);
    const views = notesAt(site, layer, newest.at).filter((v) => v.key === note.id || v.key.startsWith(`${note.id}--`)).filter((v) => !area || v.areas.length === 0 || v.areas.includes(area));
    return {
      id: note.id,
      place: { path: newest.path, label: newest.label, edition: getEdition(site, newest.edition)!.shortTitle },
      views,
      ...(ending ? { ended: `${getEdition(site, ending.edition)!.shortTitle}: ${KIND_WORDS[ending.kind]}${ending.reason ? ` (${ending.reason})` : ''}. Local note to review.` } : {}),
    };
  });
}
