/** Where the content lives: WTN_CONTENT_DIR when set (tests point it at fixtures), else ./content. */
import { resolve } from 'node:path';

export function contentRoot(): string {
  return resolve(process.env.WTN_CONTENT_DIR ?? 'content');
}
