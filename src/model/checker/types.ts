/**
 * The checker's data and findings. The data is worked out at build time from the site model
 * (lineage to the edition in force, the terms crosswalk) and fetched by /check/ as JSON; the
 * findings are what the checker says about a reader's text. Plain data both ways: it runs in the
 * browser and in unit tests alike.
 */

/** What became of a cited provision, body or edition in the edition in force. */
export type FateStatus =
  | 'in-force' // the citation already points at the edition in force
  | 'unchanged'
  | 'reworded'
  | 'changed'
  | 'moved'
  | 'removed'
  | 'unconfirmed' // carried forward, not confirmed
  | 'renamed' // a body or term renamed or replaced
  | 'superseded' // a whole edition no longer in force
  | 'not-found'; // a citation we could not place

export const STATUS_LABELS: Record<FateStatus, string> = {
  'in-force': 'In force',
  unchanged: 'Unchanged',
  reworded: 'Reworded',
  changed: 'Changed',
  moved: 'Moved',
  removed: 'Removed',
  unconfirmed: 'Carried forward, not confirmed',
  renamed: 'Renamed or replaced',
  superseded: 'Edition no longer in force',
  'not-found': 'Not found',
};

/** A place on the site: what it is called and its address (with the base path). */
export interface Place {
  label: string;
  url: string;
}

/** Where a section or provision of some edition stands in the edition in force. */
export interface Fate {
  status: FateStatus;
  /** True when some step of its lineage is carried forward, not confirmed. */
  unconfirmed: boolean;
  /** What it became in the edition in force (empty when removed). */
  successors: Place[];
  /** What changed or why it went, in the site's own words, step by step ("2013: ..."). */
  notes: string[];
  /** Where a removal note points readers instead, if anywhere. */
  see?: Place;
}

/** An outdated term or body from the crosswalk, with what replaced it. */
export interface OutdatedTerm {
  id: string;
  /** Its names: full term, and acronym if any. */
  names: { term: string; acronym?: string }[];
  /** The editions that used it, oldest first. */
  editions: string[];
  /** renamed: another term replaced it; removed: no edition since uses it or anything in its place. */
  status: 'renamed' | 'removed';
  note?: string;
  /** Where an edition that used it sets it out (the latest such), or the terms page. */
  definedAt: Place;
  /** What replaced it, after following every replacement to the latest. */
  successor?: {
    name: string;
    acronym?: string;
    url: string;
    /** False when the crosswalk does not list the successor for the edition in force. */
    confirmed: boolean;
    /** The latest edition the crosswalk lists the successor for. */
    lastEdition: string;
  };
}

export interface EditionFacts {
  id: string;
  title: string;
  inForce: string;
  status: 'current' | 'superseded' | 'upcoming';
  supersededBy: string | null;
  url: string;
}

/** A duty that moved between bodies, as documents write it, and where it stands in the edition in force. */
export interface DutyData {
  id: string;
  /** How documents write the old duty ("notify Ofsted"). */
  phrases: string[];
  /** Words of which one must stand in the same sentence (none: the phrase alone). */
  context: string[];
  /** What changed, in our words. */
  note: string;
  /** The provisions that set out the old duty, oldest first. */
  was: Place[];
  /** Where the latest of them stands in the edition in force. */
  fate: Fate;
}

/** Everything the checker needs besides the citation index, emitted as /check/data.json. */
export interface CheckerData {
  current: string;
  editions: EditionFacts[];
  /** Fate of every section and provision that has paragraph numbers, by its address (as in the citation index). */
  fates: Record<string, Fate>;
  terms: OutdatedTerm[];
  /** Duties that moved between bodies ("notify Ofsted" of a serious incident). */
  duties?: DutyData[];
  /** The base path, so suggestions can link the comparison pages. */
  base: string;
}

export type FindingKind = 'citation' | 'term' | 'edition' | 'duty';

/** One thing found in the text (repeats of the same thing are grouped, with every line). */
export interface Finding {
  kind: FindingKind;
  /** The words as the text writes them (distinct spellings, joined). */
  found: string;
  /** The lines of the text it appears on. */
  lines: number[];
  /** A little of the text around its first appearance. */
  context: string;
  /** What it points to. */
  pointsTo: Place | { label: string; url?: undefined };
  status: FateStatus;
  /** True when the edition in force is not confirmed for it (shown as "carried forward, not confirmed"). */
  unconfirmed: boolean;
  /** What became of it, in a sentence or two. */
  detail: string;
  /** What changed along the way, one entry per edition step ("2013: ..."), the first few only. */
  changes: string[];
  /** Where it stands now: places in the edition in force only. */
  successors: Place[];
  /** For a citation that could not be placed: the places in the cited edition it may mean. */
  nearby?: Place[];
  /** What to write instead. */
  suggestion: string;
}
