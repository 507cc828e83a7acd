/**
 * A local layer's own file, <layer>/partnership.yaml: who publishes the layer and each area it
 * serves, with the contacts a practitioner in that area needs. A partnership with one area lists
 * one; a regional site (one build for several partnerships) lists each partnership's area and names
 * the partnership. The layer is kept apart from the national content; examples/local/README.md
 * describes every file.
 */
import { z } from 'zod';
import { line, slug } from './common.ts';

/** A UK telephone number as it is dialled: 10 or 11 digits from 0 (spaces allowed), or a short code (999, 101, 111). */
export const ukPhone = z
  .string()
  .trim()
  .refine((s) => /^(?:0\d{9,10}|999|101|111|116\d{3})$/.test(s.replace(/\s+/g, '')), {
    error: 'write a UK telephone number as it is dialled, e.g. "01632 960101" (or 999, 101, 111)',
  });

/** Reserved: used by the local pages' own addresses (/local/assets/...) or by "every area". */
const RESERVED_AREAS = ['assets', 'all', 'feed'];

/** One contact: who a practitioner reaches and how. At least one way to reach it. */
export const contactSchema = z
  .strictObject({
    /** Who answers, as the area names it, e.g. "Children's Front Door". */
    name: line,
    /** Telephone number, e.g. "01632 960101". */
    phone: ukPhone.optional(),
    /** Email address (a secure address where the area uses one). */
    email: z.email({ error: 'give a valid email address, e.g. frontdoor@exampleshire.example.org' }).optional(),
    /** A web page or online form for this contact. */
    url: z.url({ protocol: /^https$/, error: 'give the full https:// address' }).optional(),
    /** When it is open, in words, e.g. "Monday to Friday, 8.30am to 5pm". */
    hours: line.optional(),
    /** Anything else a caller needs to know, in one line. */
    note: line.optional(),
  })
  .refine((c) => c.phone || c.email || c.url, { error: 'give this contact a phone number, an email address or a web address' });
export type Contact = z.infer<typeof contactSchema>;

/** A further contact an area lists (e.g. early help hub), with its own id for {contact:...} in notes. */
const otherContactSchema = z.strictObject({
  /** Its id, used in notes as {contact:<id>}, e.g. "early-help". */
  id: slug,
  /** What it is for, e.g. "Early help advice". */
  role: line,
  /** How to reach it. */
  contact: contactSchema,
});

/** The contacts every area must give: the four a practitioner needs when worried about a child. */
export const contactsSchema = z.strictObject({
  /** Where referrals to children's social care go (front door, MASH, duty team) in working hours. */
  frontDoor: contactSchema,
  /** The emergency duty (out-of-hours) social work service. */
  outOfHours: contactSchema,
  /** The local authority designated officer (LADO), for allegations against people who work with children. */
  designatedOfficer: contactSchema,
  /** The police team that takes child protection referrals (999 in an emergency is said for you). */
  police: contactSchema,
  /** Any further contacts, each with an id notes can name. */
  other: z.array(otherContactSchema).default([]),
});
export type Contacts = z.infer<typeof contactsSchema>;

/** One area the layer serves. */
export const areaSchema = z.strictObject({
  /** Permanent id: its address, /local/<id>/, and what a reader's choice is stored as. */
  id: slug.refine((s) => !RESERVED_AREAS.includes(s), { error: `choose another id: ${RESERVED_AREAS.join(', ')} are reserved` }),
  /** The area's name, e.g. "North Exampleshire". */
  name: line,
  /** On a regional site, the partnership this area belongs to (else the layer's own name is used). */
  partnership: z.strictObject({
    /** The partnership's name. */
    name: line,
    /** Its website. */
    website: z.url().optional(),
  }).optional(),
  /** Its contacts. */
  contacts: contactsSchema,
});
export type AreaFile = z.infer<typeof areaSchema>;

/** <layer>/partnership.yaml */
export const partnershipSchema = z.strictObject({
  /** Who publishes the layer, e.g. "Exampleshire Safeguarding Children Partnership" (a regional site: the region's name). */
  name: line,
  /** A short form for labels, e.g. "Exampleshire". */
  shortName: line.max(30, { error: 'keep the short name under 30 characters' }),
  /** The publisher's website. */
  website: z.url().optional(),
  /** True for a made-up layer (documentation, tests): every local block then says it is an example. */
  fictional: z.boolean().default(false),
  /** The areas served (at least one); readers choose theirs. */
  areas: z.array(areaSchema).min(1, { error: 'list at least one area' }),
});
export type PartnershipFile = z.infer<typeof partnershipSchema>;
