/** The checked flowcharts, as pages use them. Plain data: provisions are referred to by model. */
import type { ProvisionModel } from '../types.ts';

export interface StepModel {
  /** Its place in the walkthrough, from 1. */
  n: number;
  /** The node id in the chart. */
  node: string;
  /** The node's label as drawn. */
  label: string;
  /** True for a decision (diamond) node. */
  decision: boolean;
  /** The provisions it rests on, in the order cited; the first is the node's link. */
  cites: ProvisionModel[];
  /** Where the chart goes next from this step, with the edge's label if any. */
  next: { n: number; label: string; via?: string }[];
}

export interface ChartModel {
  /** The file name: its address within the edition, e.g. "referral". */
  id: string;
  edition: string;
  process: string;
  /** The edition's own number for the chart, where known. */
  number?: number;
  /** The official title (numbered charts) or ours. */
  title: string;
  /** True when the title is the edition's own. */
  official: boolean;
  /** Why the title is ours (charts without an official title). */
  titleNote?: string;
  /** The chapter (file name) it stands in or follows. */
  chapter: string;
  description: string;
  sources: string[];
  steps: StepModel[];
  /** The SVG as Mermaid drew it; prepare it for a page with prepareSvg. */
  svg: string;
  /** The id prefix used inside the SVG. */
  prefix: string;
  /** /flowcharts/<edition>/<id>/ (without the base path). */
  path: string;
  /** The chart's file, relative to the project. */
  file: string;
}
