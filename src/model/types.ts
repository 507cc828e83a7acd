/**
 * The site model: every edition, chapter, section and provision, validated and cross-linked.
 * Pages, search, comparison and checks all read this; nothing reads the content files directly.
 * Parents are referred to by key (edition id, chapter slug), so the model serialises as plain data.
 */
import type { ChangeKind } from '../schemas/provision.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { Edition } from '../schemas/edition.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { KeyChanges } from '../schemas/key-changes.ts';
import type { Modality } from '../schemas/common.ts';
import type { Timescale } from '../schemas/timescale.ts';
import type { Source } from '../schemas/source.ts';
import type { DutyHolder } from '../schemas/duty-holder.ts';
import type { ParaRange } from './paragraphs.ts';
import type { PrintedPage } from '../schemas/section.ts';
import type { EditionStatus } from './in-force.ts';
import type { RootContent } from 'mdast';

/** Where a thing was written, for error messages. */
export interface Origin {
  file: string;
  line: number;
}

export interface ProvisionModel extends Origin {
  id: string;
  edition: string;
  chapter: string;
  section: string;
  title: string;
  /** Official paragraph numbers, parsed; absent when no source gives them. */
  paras?: ParaRange[];
  /** The numbers as the edition prints them, e.g. "5.82–5.84". */
  parasLabel?: string;
  duty: string[];
  modality?: Modality;
  within?: Timescale;
  every?: Timescale;
  /** Predecessor ids in the previous edition. Empty: new in this edition (or the first edition covered). */
  from: string[];
  /** An earlier edition's provision whose subject this one takes up again after a gap (not the previous edition). */
  resumes?: { edition: string; id: string };
  change?: ChangeKind;
  note?: string;
  unsure?: string;
  /** Sources of its own facts (source ids), beyond its section's. */
  sources: string[];
  /**
   * Set when change is "unconfirmed" and the provision has no summary of its own: the
   * predecessor whose summary (and any structured facts not written here) stand in for it.
   */
  carried?: { edition: string; id: string };
  /**
   * Set with `carried` when the summary that stands in has an `unsure` note of its own: that note
   * still applies to the summary shown, so it is shown with it (unless predecessorUnsure="replace").
   */
  carriedUnsure?: { edition: string; id: string; text: string };
  /** "replace": its own `unsure` takes the place of the carried one (see carriedUnsure). */
  predecessorUnsure?: 'keep' | 'replace';
  /** The summary as Markdown nodes; render with renderBody. */
  body: RootContent[];
  /** The summary as plain text, for diffs and search. */
  text: string;
  /** The permanent address: /<edition>/<chapter>/#<id> (without the site's base path). */
  path: string;
}

export interface SectionModel extends Origin {
  id: string;
  edition: string;
  chapter: string;
  heading: string;
  paras?: ParaRange[];
  parasLabel?: string;
  /** The printed page it starts on, one per printing, where a contents list gives it. */
  pages?: PrintedPage[];
  rangeNote?: string;
  sources: string[];
  unsure?: string;
  provisions: ProvisionModel[];
  path: string;
}

export interface ChapterModel extends Omit<Chapter, 'sources'>, Origin {
  /** The file name without .mdx: its address, e.g. "chapter-5". */
  slug: string;
  /** The key its paragraph numbers carry: "5" for chapter 5, "appendix-a", or the slug for front matter. */
  paraKey: string;
  /** A short label: "Chapter 5", "Appendix 7", "Preface" (front matter is labelled by its title). */
  label: string;
  /** Its full heading: "Chapter 5: Managing individual cases ...", or the title for front matter. */
  heading: string;
  sections: SectionModel[];
  path: string;
}

export interface EditionModel extends Omit<Edition, 'removed'>, Origin {
  /** Worked out from the in-force dates (in-force.ts): in force, superseded, or not yet in force. */
  status: EditionStatus;
  /** The edition that replaced it, once that one is in force; null otherwise. */
  supersededBy: string | null;
  /** Provisions of the previous edition deliberately not carried forward, each with its line in edition.yaml. */
  removed: (Edition['removed'][number] & { line: number })[];
  chapters: ChapterModel[];
  /** Terms and acronyms (glossary.yaml), each with its line. */
  glossary: (GlossaryEntry & Origin)[];
  /** What changed from the previous edition (key-changes.yaml), if written. */
  keyChanges?: KeyChanges & { file: string; lineOf: Record<string, number> };
  path: string;
  /** "Working Together 2010". */
  shortTitle: string;
  /** Lines in edition.yaml of the publication block and of its archive entry (the archive's parent when absent). */
  publicationLines: { publication: number; archive: number };
}

export interface Redirect extends Origin {
  from: string;
  to: string;
}

export interface Site {
  editions: EditionModel[];
  sources: Map<string, Source>;
  dutyHolders: Map<string, DutyHolder>;
  redirects: Redirect[];
}
