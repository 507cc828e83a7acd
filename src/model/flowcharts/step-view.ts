/**
 * What a page shows for each step: its label, where it leads, and each cited provision with its
 * citation, permanent link and our summary rendered for the page.
 */
import { citationFor, displayNumber } from '../citations.ts';
import { chapterOf, getEdition, sectionOf } from '../queries.ts';
import { newPageState, renderBody, withBase, type PageRenderState } from '../render-body.ts';
import type { ProvisionModel, Site } from '../types.ts';
import { caveatNote } from '../caveats.ts';
import { statusView, type StatusView } from '../confirmation/view.ts';
import type { ChartModel, StepModel } from './types.ts';
import { localNotesForStep, type LocalNoteView } from '../local/index.ts';

export interface CitedView {
  id: string;
  title: string;
  /** The official number, where known (e.g. "5.84", "¶ 23"). */
  number?: string;
  /** e.g. "Working Together 2010, para 5.84". */
  citation: string;
  /** Where it stands, briefly: its number, else its section's range ("within 5.17–5.31"), else its chapter. */
  where: string;
  href: string;
  bodyHtml: string;
  unsure?: string;
  /** Set when the provision is carried forward from the previous edition: its status badge. */
  status: StatusView | null;
}

export interface StepView extends Omit<StepModel, 'cites'> {
  cites: CitedView[];
  /** A local layer's notes on this step ("in our area this step is ..."); absent without any. */
  local?: LocalNoteView[];
}

export function citedView(site: Site, p: ProvisionModel, base: string, state: PageRenderState): CitedView {
  const edition = getEdition(site, p.edition)!;
  const chapter = chapterOf(site, p);
  const section = sectionOf(site, p);
  const number = displayNumber(edition, p);
  const range = displayNumber(edition, section);
  return {
    id: p.id,
    title: p.title,
    number,
    citation: citationFor(edition, chapter, section, p),
    where: number ?? (range ? `within ${range}` : chapter.label),
    href: withBase(base, p.path),
    bodyHtml: renderBody(site, edition, p.body, base, state),
    unsure: caveatNote(site, p) ?? section.unsure,
    status: statusView(site, p),
  };
}

/** Each step of a chart with its provisions ready to show (one page-render state per page). */
export function stepViews(site: Site, chart: ChartModel, base: string, state = newPageState()): StepView[] {
  return chart.steps.map((s) => {
    const local = localNotesForStep(site, chart, s.node);
    return { ...s, cites: s.cites.map((p) => citedView(site, p, base, state)), ...(local.length ? { local } : {}) };
  });
}
