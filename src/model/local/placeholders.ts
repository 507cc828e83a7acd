/**
 * {contact:frontDoor}, {phone:frontDoor} and {document:<id>} in a local note's text: an area's
 * contact, its telephone number, or a local document. Checked at load (every area the note applies
 * to must have the contact; the document must exist and cover those areas), rendered per area.
 */
export const PLACEHOLDER = /\{(contact|phone|document):([A-Za-z0-9-]+)\}/g;
export const CORE_CONTACTS = ['frontDoor', 'outOfHours', 'designatedOfficer', 'police'] as const;

export interface Placeholder { kind: 'contact' | 'phone' | 'document'; name: string }

export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ kind: m[1] as Placeholder['kind'], name: m[2] }));
}

/** True when the text says something different in each area (it names an area's contact). */
export function variesByArea(text: string): boolean {
  return placeholdersIn(text).some((p) => p.kind !== 'document');
}
