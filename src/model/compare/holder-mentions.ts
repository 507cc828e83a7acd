/**
 * The duty holders a provision's summary names, for provisions that record no duty="..." of
 * their own (definitions, "who the partners are"). Each pattern is how our summaries name a body
 * in the duty-holder vocabulary; a body is only counted in the editions in which it exists
 * (a 2023 summary saying ICBs "take the place of" CCGs does not name CCGs as a 2023 holder).
 * Comparisons use these names to type a change of duty holder and to say whom a change falls on.
 */
import type { ProvisionModel, Site } from '../types.ts';

const A = `['’]?`; // an optional apostrophe: children's, childrens’
export const HOLDER_PATTERNS: Record<string, RegExp> = {
  'local-authority': /\blocal authorit(?:y|ies)\b(?!['’]?s? area)/i,
  'childrens-social-care': new RegExp(`children${A}s social care`, 'i'),
  'director-of-childrens-services': new RegExp(`director of children${A}s services`, 'i'),
  'lead-member': /\blead member\b/i,
  'social-worker': /\bsocial workers?\b/i,
  'conference-chair': /\bconference chair|chair of the (?:child protection )?conference/i,
  housing: /\bhousing\b/i,
  'adult-social-care': /\badult social care\b/i,
  police: /\bpolice\b/i,
  'british-transport-police': /British Transport Police/i,
  health: /\bhealth (?:organisations?|services?|professionals?|practitioners?|agenc(?:y|ies)|bod(?:y|ies)|providers?|partners?|commissioners?)\b|\bNHS (?:trusts?|bodies|organisations|providers)\b/i,
  'health-visitors-and-school-nurses': /\bhealth visitors?\b|\bschool nurses?\b/i,
  pathologist: /\bpathologists?\b/i,
  pct: /primary care trusts?|\bPCTs?\b/,
  ccg: /clinical commissioning groups?|\bCCGs?\b/i,
  icb: /integrated care boards?|\bICBs?\b/i,
  'nhs-england': /NHS England/,
  'designated-professionals': /designated (?:doctors?|nurses?|professionals?)/i,
  'named-professionals': /named (?:doctors?|nurses?|midwi[fv]es?|professionals?)/i,
  gps: /\bGPs?\b|general practitioners?/,
  midwives: /\bmidwi(?:fe|ves|fery)\b|maternity services/i,
  paediatricians: /paediatricians?/i,
  'mental-health-services': /mental health services|\bCAMHS\b/i,
  'director-of-public-health': /director of public health/i,
  'medical-examiner': /medical examiners?/i,
  schools: /\bschools?\b|\bcolleges?\b|education providers/i,
  'early-years': /early years|childcare (?:settings|providers)/i,
  'designated-safeguarding-lead': /designated safeguarding leads?/i,
  probation: /\bprobation\b/i,
  'youth-justice': /youth (?:offending|justice)/i,
  prisons: /\bprisons?\b|secure estate/i,
  cafcass: /\bCafcass\b/i,
  coroner: /\bcoroners?\b/i,
  registrar: /\bregistrars?\b/i,
  'mappa-authorities': /\bMAPPA\b/,
  'voluntary-sector': /\bvoluntary\b|\bcharit(?:y|ies)\b/i,
  'faith-organisations': /\bfaith\b/i,
  'sports-organisations': /\bsports?\b/i,
  lscb: /Local Safeguarding Children Boards?|\bLSCBs?\b/i,
  'safeguarding-partners': /(?<!lead |delegated )\bsafeguarding partners?\b/i,
  'lead-safeguarding-partners': /lead safeguarding partners?/i,
  'delegated-safeguarding-partners': /delegated safeguarding partners?/i,
  'independent-scrutineer': /independent scrutin/i,
  'relevant-agencies': /relevant agenc(?:y|ies)/i,
  cdop: /child death overview panels?|\bCDOPs?\b/i,
  'child-death-review-partners': /child death review partners?/i,
  'national-panel': /Child Safeguarding Practice Review Panel|\bthe Panel\b/,
  'national-scr-panel': /national panel of independent experts/i,
  'secretary-of-state': /Secretary of State/i,
  ofsted: /\bOfsted\b|\binspectorates?\b/i,
  dbs: /Disclosure and Barring|\bDBS\b/,
  isa: /Independent Safeguarding Authority/i,
  nspcc: /\bNSPCC\b/,
  'designated-officer': /designated officer|\bLADO\b/i,
  'independent-reviewing-officer': /independent reviewing officers?|\bIROs?\b/,
  // Practitioners in general, not one role (a lead, designated or health practitioner).
  practitioners: /(?<!\b(?:lead|designated|named|health|years|services|right) )\bpractitioners?\b/i,
};

/** The vocabulary ids a provision's summary names, among bodies that exist in its edition. */
export function holdersNamedIn(site: Site, p: ProvisionModel): string[] {
  return Object.entries(HOLDER_PATTERNS)
    .filter(([id, re]) => {
      const h = site.dutyHolders.get(id);
      return h && (!h.editions || h.editions.includes(p.edition)) && re.test(p.text);
    })
    .map(([id]) => id);
}

/** Who a provision puts a duty on: its duty="..." if it records one, else whom its summary names. */
export function holdersOf(site: Site, p: ProvisionModel): string[] {
  return p.duty.length ? p.duty : holdersNamedIn(site, p);
}
