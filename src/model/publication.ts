/**
 * Where a page sends a reader for the official wording of an edition, worked out from its status
 * (in-force.ts) and its publication (edition.yaml): the publisher's page while the edition is in
 * force or not yet in force; once superseded, its copy at The National Archives, or, where that
 * address is not recorded, a plain statement saying so. Never the live page for an old edition:
 * that page now holds a later edition (checks/publication-links.ts fails the build otherwise).
 */
import type { EditionModel } from './types.ts';

export const ARCHIVE_NAME = 'The National Archives (UK Government Web Archive)';
export const ARCHIVE_HOST = 'webarchive.nationalarchives.gov.uk';

export interface PublicationLink {
  /** The address to link; absent when none may be linked. */
  href?: string;
  /** Where the official wording is, as link text: "GOV.UK", or the archive's name. */
  where: string;
  /** Said instead of a link when the archived address is not recorded (one sentence, no full stop). */
  missing?: string;
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** Names a publisher's site for link text: GOV.UK, or its host name. */
export function siteName(url: string): string {
  const host = hostOf(url);
  return host === 'gov.uk' ? 'GOV.UK' : host === ARCHIVE_HOST ? ARCHIVE_NAME : host;
}

export function publicationLink(e: Pick<EditionModel, 'status' | 'publication' | 'shortTitle'>): PublicationLink {
  const { page, archive } = e.publication;
  if (e.status !== 'superseded') return { href: page.url, where: siteName(page.url) };
  if (archive?.url) return { href: archive.url, where: ARCHIVE_NAME };
  return {
    where: ARCHIVE_NAME,
    missing: `${ARCHIVE_NAME} keeps superseded editions, but this site has not recorded the address of its copy of ${e.shortTitle} (${archive?.unknown ?? 'none is recorded yet'}), and the publisher's page now holds a later edition`,
  };
}
