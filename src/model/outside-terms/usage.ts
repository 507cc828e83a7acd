/**
 * Where an edition's own words, as this site gives them, use a term: our summaries (section
 * headings, provision titles and text), its glossary (terms and meanings), its names in the terminology crosswalk, and
 * the official text where a deployer has imported it. Each place comes with its file and line (or
 * official paragraph), so a check that finds a disagreement can say where to look.
 */
import { getOfficial } from '../../official/site-official.ts';
import { holdsPhrase } from '../../search/outside-terms-match.ts';
import type { Term } from '../../schemas/term.ts';
import type { EditionModel, Site } from '../types.ts';

export interface Usage {
  /** Where: "content/editions/2023/glossary.yaml:46", or "official text, paragraph 12". */
  where: string;
}

/** Every place in an edition's words (as this site holds them) where one of the phrases appears. */
export function usagesIn(site: Site, edition: EditionModel, phrases: string[], terms: Term[]): Usage[] {
  const holds = (text: string | undefined) => !!text && phrases.some((p) => holdsPhrase(text, p));
  const out: Usage[] = [];
  for (const chapter of edition.chapters) {
    for (const section of chapter.sections) {
      if (holds(section.heading)) out.push({ where: `${section.file}:${section.line}` });
      for (const p of section.provisions) if (holds(p.title) || holds(p.text)) out.push({ where: `${p.file}:${p.line}` });
    }
  }
  for (const g of edition.glossary) if (holds(g.term) || holds(g.acronym) || holds(g.meaning)) out.push({ where: `${g.file}:${g.line}` });
  for (const t of terms)
    for (const n of t.names) if (n.editions.includes(edition.id) && (holds(n.term) || holds(n.acronym))) out.push({ where: `content/terms.yaml (term "${t.id}")` });
  for (const chapter of getOfficial(site).chapters.get(edition.id)?.values() ?? [])
    for (const b of chapter.blocks)
      if (b.kind === 'para' && holds(b.text)) out.push({ where: `official text of ${edition.id}, ${chapter.slug}, paragraph ${b.number}` });
  return out;
}
