/**
 * Checks every internal link and fragment of the built site (staging copy). A broken link stops
 * the build and is reported with its file and line, where it was written in the content when it
 * sits in a provision or section, and the nearest targets that do exist.
 */
import { readBuiltSite } from '../../src/quality/built-pages.ts';
import { checkBuiltLinks, formatBrokenLink } from '../../src/quality/link-check.ts';
import { anchorsOf } from '../../src/model/queries.ts';
import type { PostBuildStep } from './index.ts';

export const checkLinks: PostBuildStep = {
  name: 'Link and anchor check',
  async run({ dir, site, base }) {
    const built = readBuiltSite(dir);
    const broken = checkBuiltLinks(built, base);
    const source = (page: string, id: string) => {
      const edition = site.editions.find((e) => page.startsWith(`${e.id}/`));
      const a = edition && anchorsOf(edition).get(id);
      return a ? `${a.file}:${a.line}` : undefined;
    };
    return broken.slice(0, 50).map((b) => formatBrokenLink(b, source)).concat(broken.length > 50 ? [`... and ${broken.length - 50} more.`] : []);
  },
};
