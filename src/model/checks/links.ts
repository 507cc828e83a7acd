/** Every [words](#id) link in a summary reaches an existing section or provision. */
import { visit } from 'unist-util-visit';
import type { Link } from 'mdast';
import type { ContentError } from '../../validation/content-error.ts';
import { resolveLink } from '../links.ts';
import { allProvisions } from '../queries.ts';
import type { Site } from '../types.ts';

export function checkLinks(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const p of allProvisions(site)) {
    for (const node of p.body) {
      visit(node, 'link', (link: Link) => {
        const r = resolveLink(site, p.edition, link.url);
        if (r.kind === 'broken')
          errors.push({
            code: 'broken-link', file: p.file, line: link.position?.start.line ?? p.line,
            message: `Provision "${p.id}" links to "${link.url}", but ${r.reason}.`,
            fix: 'link to an existing id: [words](#id) in the same edition, [words](2013#id) in another',
          });
      });
    }
  }
  return errors;
}
