/**
 * Published addresses and the ID lock. Every edition, chapter, section and provision has an
 * address; content/addresses.lock records every address ever published. An address may only
 * disappear when content/redirects.yaml says where it went: a saved link must never break.
 */
import type { ContentError } from '../validation/content-error.ts';
import type { Site } from './types.ts';

/** Every address the site publishes now, sorted. */
export function currentAddresses(site: Site): string[] {
  const out: string[] = [];
  for (const e of site.editions) {
    out.push(e.path);
    for (const c of e.chapters) {
      out.push(c.path);
      for (const s of c.sections) {
        out.push(s.path);
        for (const p of s.provisions) out.push(p.path);
      }
    }
  }
  return out.sort();
}

/** Reads the lock file's text: one address per line; blank lines and # comments ignored. */
export function parseLock(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

export const LOCK_HEADER =
  '# Every address this site has published. Written by the build; commit it.\n' +
  '# An address may leave this list only through a redirect in content/redirects.yaml.\n';

/** Compares the lock with the site: vanished addresses without a redirect are errors. */
export function checkAddressLock(site: Site, locked: string[], lockFile: string): { errors: ContentError[]; next: string[] } {
  const now = new Set(currentAddresses(site));
  const redirected = new Map(site.redirects.map((r) => [r.from, r]));
  const errors: ContentError[] = [];
  locked.forEach((address, i) => {
    if (now.has(address)) return;
    const r = redirected.get(address);
    if (!r) {
      errors.push({
        code: 'address-removed', file: lockFile, line: i + 3,
        message: `The published address ${address} no longer exists.`,
        fix: `restore the id, or declare where it went in content/redirects.yaml ("- from: ${address}" / "  to: /<edition>/<chapter>/#<new-id>")`,
      });
    } else if (!now.has(r.to)) {
      errors.push({ code: 'redirect-to-nowhere', file: r.file, line: r.line, message: `The redirect from ${r.from} goes to ${r.to}, which does not exist.`, fix: 'point it at an address the site publishes' });
    }
  });
  for (const r of site.redirects)
    if (now.has(r.from))
      errors.push({ code: 'redirect-shadows-address', file: r.file, line: r.line, message: `The redirect from ${r.from} covers an address the site still publishes.`, fix: 'remove the redirect, or the content at that address' });
  const next = [...new Set([...locked, ...now])].sort();
  return { errors, next };
}
