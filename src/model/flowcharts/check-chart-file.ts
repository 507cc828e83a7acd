/**
 * Checks one chart file against its edition, before drawing: folder, number or own title,
 * chapter, sources and every citation. Returns the facts the model needs (marked not ok if any
 * check failed), or null if the chart cannot even be drawn.
 */
import { provisionsOf } from '../queries.ts';
import type { EditionModel, ProvisionModel, Site } from '../types.ts';
import type { ContentError } from '../../validation/content-error.ts';
import type { ChartFile } from './load-charts.ts';

export interface ChartHeader {
  /** False when the file has problems: the chart is still drawn (to report Mermaid errors too) but not published. */
  ok: boolean;
  edition: EditionModel;
  title: string;
  official: boolean;
  chapter: string;
  /** Each step's cited provisions, in order (only when all exist). */
  cites: ProvisionModel[][];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkChartFile(chart: ChartFile, site: Site, errors: ContentError[]): ChartHeader | null {
  const { data, file, locate } = chart;
  const err = (code: string, path: PropertyKey[], message: string, fix: string) =>
    errors.push({ code, file, line: locate(path), message, fix });
  const before = errors.length;
  if (!SLUG.test(chart.id))
    err('bad-file-name', [], `The chart's file name "${chart.id}" is not a usable address.`, 'rename the file in lower-case words joined by hyphens, e.g. referral.yaml');
  if (chart.folder !== data.edition)
    err('wrong-folder', ['edition'], `The chart says edition ${data.edition} but stands in flowcharts/${chart.folder}/.`, `move it to content/flowcharts/${data.edition}/ or correct "edition"`);
  const edition = site.editions.find((e) => e.id === data.edition);
  if (!edition) {
    err('unknown-edition', ['edition'], `Edition ${data.edition} does not exist.`, `use one of: ${site.editions.map((e) => e.id).join(', ')}`);
    return null;
  }
  let title = data.title ?? '';
  let chapter = data.chapter ?? '';
  let official = false;
  if (data.number !== undefined) {
    const listed = edition.flowcharts.find((f) => f.number === data.number);
    if (listed?.title) {
      ({ title, chapter } = listed as { title: string; chapter: string });
      official = true;
      if (data.title !== undefined) err('title-with-official-title', ['title'], `${edition.shortTitle} gives flowchart ${data.number} an official title in its edition.yaml.`, 'remove "title" and "titleNote": a numbered chart takes its official title from edition.yaml');
    } else if (listed) {
      chapter = listed.chapter;
      if (data.title === undefined || data.titleNote === undefined)
        err('numbered-chart-needs-title', ['number'], `No source gives the official title of ${edition.shortTitle}'s flowchart ${data.number}, so the chart needs a title of ours.`, 'give "title" (ours) and "titleNote" (why it is ours)');
    } else
      err('unknown-flowchart-number', ['number'], `${edition.shortTitle} lists no flowchart ${data.number} in its edition.yaml.`,
        `add it to "flowcharts:" in content/editions/${edition.id}/edition.yaml with its official title and source, or remove "number" and give "title", "titleNote" and "chapter"`);
  } else if (!edition.chapters.some((c) => c.slug === chapter))
    err('unknown-chapter', ['chapter'], `${edition.shortTitle} has no chapter "${chapter}".`, `use a chapter file name: ${edition.chapters.map((c) => c.slug).join(', ')}`);
  data.sources.forEach((id, i) => {
    if (!site.sources.has(id))
      err('unknown-source', ['sources', i], `The chart cites source "${id}", which content/sources/*.yaml does not list.`, 'use a listed source id, or ask for the source to be added there');
  });
  const provisions = new Map(provisionsOf(edition).map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const cites = data.steps.map((step, i) => {
    if (seen.has(step.node))
      err('duplicate-step', ['steps', i, 'node'], `Node "${step.node}" is already step ${seen.get(step.node)! + 1} of the walkthrough.`, 'list each node once in "steps"');
    seen.set(step.node, i);
    return step.cites.flatMap((id, j) => {
      const p = provisions.get(id);
      if (!p)
        err('unknown-provision', ['steps', i, 'cites', j], `Step ${i + 1} ("${step.node}") cites "${id}", which is not a provision of ${edition.shortTitle}.`,
          `cite a provision id that exists in content/editions/${edition.id}/ (its chapter pages show each provision's id after #)`);
      return p ? [p] : [];
    });
  });
  // Without a title (an unlisted number) there is nothing to draw the chart under.
  if (!title) return null;
  return { ok: errors.length === before, edition, title, official, chapter, cites };
}
