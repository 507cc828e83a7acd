/**
 * How a provision or section is cited, in the forms local procedures use:
 * "Working Together 2010, para 5.84", "Working Together 2018, chapter 4, paragraph 23",
 * "Working Together 2023, paragraph 123". Where no official number is known the citation names
 * the section (and its range, where known) instead: it never invents a number.
 */
import type { ChapterModel, EditionModel, ProvisionModel, SectionModel } from './types.ts';

function numbered(edition: EditionModel, chapter: ChapterModel, label: string, plural: boolean): string {
  switch (edition.numbering.scheme) {
    case 'chapter-dot-paragraph':
      return `para${plural ? 's' : ''} ${label}`;
    case 'per-chapter':
      return `${chapter.label.toLowerCase()}, paragraph${plural ? 's' : ''} ${label}`;
    default:
      return `paragraph${plural ? 's' : ''} ${label}`;
  }
}

const isPlural = (label: string) => /[–,]/.test(label);

/** The citation a practitioner would paste into a local procedure. */
export function citationFor(
  edition: EditionModel,
  chapter: ChapterModel,
  section: SectionModel,
  provision?: ProvisionModel,
): string {
  const head = edition.shortTitle;
  if (provision?.parasLabel)
    return `${head}, ${numbered(edition, chapter, provision.parasLabel, isPlural(provision.parasLabel))}`;
  const where = `${chapter.label}, ‘${section.heading}’`;
  if (section.parasLabel)
    return `${head}, ${numbered(edition, chapter, section.parasLabel, isPlural(section.parasLabel))} (${where})`;
  return `${head}, ${where}`;
}

/**
 * The citation "Copy citation" puts on the clipboard (the page adds the absolute permanent link):
 * the paragraph number(s) where known, with the provision's title; otherwise the chapter and the
 * provision's title, and the section's range where known. Never a made-up number.
 */
export function copyCitationFor(edition: EditionModel, chapter: ChapterModel, section: SectionModel, provision: ProvisionModel): string {
  const head = edition.shortTitle;
  if (provision.parasLabel)
    return `${head}, ${numbered(edition, chapter, provision.parasLabel, isPlural(provision.parasLabel))} (‘${provision.title}’)`;
  const within = section.parasLabel ? `, within ${numbered(edition, chapter, section.parasLabel, true).replace(/^chapter \w+, /, '')}` : '';
  return `${head}, ${chapter.label}, ‘${provision.title}’${within}`;
}

/** The number shown beside a provision: its official number(s) if known, else nothing. */
export function displayNumber(edition: EditionModel, item: { parasLabel?: string }): string | undefined {
  if (!item.parasLabel) return undefined;
  return edition.numbering.scheme === 'chapter-dot-paragraph' ? item.parasLabel : `¶ ${item.parasLabel}`;
}
