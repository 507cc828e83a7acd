/**
 * A section of an Act that nothing on the site mentions ("16LB") is answered with the sections
 * next to it that the site does describe (16LA and 16LC, inserted together), from
 * content/vocabulary/legal-sections.yaml: never with what the unknown section says, which no
 * source here gives. Sections are neighbours when they share their number and differ only in the
 * letters after it, the way Acts insert new sections between old ones.
 */

/** One section the site describes, as the search box is given it (search/sections.json). */
export interface KnownSection { section: string; act: string; what: string }

const parts = (s: string) => /^(\d+)([A-Z]*)$/.exec(s.toUpperCase());

/** The described sections on either side of `section` (same number, nearest letters), at most one each side. */
export function nearbySections(section: string, known: KnownSection[]): KnownSection[] {
  const p = parts(section);
  if (!p) return [];
  const same = known.filter((k) => parts(k.section)?.[1] === p[1] && k.section.toUpperCase() !== section.toUpperCase())
    .sort((a, b) => parts(a.section)![2].localeCompare(parts(b.section)![2]));
  const before = same.filter((k) => parts(k.section)![2] < p[2]).at(-1);
  const after = same.find((k) => parts(k.section)![2] > p[2]);
  return [before, after].filter((k): k is KnownSection => !!k);
}

/** "Nothing on this site mentions section 16LB (of any Act). Next to it, the site describes section 16LA ... and section 16LC ..." */
export function unknownSectionsSentence(sections: string[], known: KnownSection[] = []): string {
  const list = sections.length === 1 ? `section ${sections[0]}` : `sections ${sections.slice(0, -1).join(', ')} and ${sections.at(-1)}`;
  const near = [...new Map(sections.flatMap((s) => nearbySections(s, known)).map((k) => [`${k.act} ${k.section}`, k])).values()];
  const next = near.length
    ? ` Next to it, the site describes ${near.map((k) => `section ${k.section} of the ${k.act} (${k.what})`).join(' and ')}; search for ${near.length === 1 ? 'it' : 'either'} by number, or for the subject in words.`
    : ' Check the number, or search for the subject in words.';
  return `Nothing on this site mentions ${list} (of any Act).${next}`;
}
