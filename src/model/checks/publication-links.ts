/**
 * Every superseded edition's pages send readers to its archived copy, never to the publisher's live
 * page (which now holds a later edition): its publication needs an archive entry, whose address, if
 * given, is at The National Archives and is not a live GOV.UK page. Worked out from the dates, so
 * adding an edition fails the build until the edition it replaces says where its copy is kept.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { ARCHIVE_HOST } from '../publication.ts';
import type { Site } from '../types.ts';

export function checkPublicationLinks(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const e of site.editions) {
    if (e.status !== 'superseded') continue;
    const { page, archive } = e.publication;
    const by = e.supersededBy ? `superseded by ${e.supersededBy}` : 'superseded';
    if (!archive)
      errors.push({
        code: 'superseded-publication-without-archive', file: e.file, line: e.publicationLines.publication,
        message: `Edition ${e.id} is ${by}, but its publication names no archived copy, so its pages have nowhere to send a reader but the live page, which now holds a later edition.`,
        fix: 'add publication.archive: url (its UK Government Web Archive address, from a source) with sources, or unknown: why no address is recorded',
      });
    else if (archive.url) {
      const host = new URL(archive.url).hostname;
      const live = archive.url.replace(/\/$/, '') === page.url.replace(/\/$/, '') || /(^|\.)gov\.uk$/.test(host) && host !== ARCHIVE_HOST;
      if (live || host !== ARCHIVE_HOST)
        errors.push({
          code: 'superseded-publication-links-live-page', file: e.file, line: e.publicationLines.archive,
          message: `Edition ${e.id} is ${by}, but its archived copy's address (${archive.url}) is ${live ? 'a live government page, which now holds a later edition' : `not at ${ARCHIVE_HOST}`}.`,
          fix: `give the edition's address at ${ARCHIVE_HOST} (from a source, never a guessed snapshot date), or unknown: why none is recorded`,
        });
    }
  }
  return errors;
}
