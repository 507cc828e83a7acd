/** The checked training sessions, as pages use them. */
import type { EditionModel, ProvisionModel } from '../types.ts';
import type { ChartModel } from '../flowcharts/types.ts';
import type { RangeView } from './ranges.ts';

export type PathItem =
  | { kind: 'provision'; provision: ProvisionModel; note: string }
  | { kind: 'flowchart'; chart: ChartModel; step?: number; note: string };

export interface QuestionModel {
  ask: string;
  refer: RangeView[];
}

export interface SessionModel {
  /** The file name: its address, /sessions/<id>/. */
  id: string;
  title: string;
  audience: string;
  duration?: string;
  edition: EditionModel;
  summary: string;
  objectives: string[];
  path: PathItem[];
  questions: QuestionModel[];
  sources: string[];
  /** /sessions/<id>/ (without the base path). */
  url: string;
  file: string;
}
