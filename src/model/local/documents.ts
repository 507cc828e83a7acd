/** How each kind of local document is named for readers. */
import type { LocalDocument } from '../../schemas/local-document.ts';

export const DOCUMENT_KIND_LABELS: Record<LocalDocument['kind'], string> = {
  threshold: 'threshold document',
  procedures: 'local procedures',
  form: 'form',
  protocol: 'protocol',
  guidance: 'local guidance',
};
