/**
 * Writes _headers (the format Netlify and Cloudflare Pages read; other hosts: see the README) with
 * the Content-Security-Policy every page carries as a <meta> tag, widened to the hashes of all
 * pages (each page's own meta tag keeps it to its own), plus frame-ancestors and the other
 * security headers a meta tag cannot set. Fails if any page lacks its policy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite } from '../../src/quality/built-pages.ts';
import { HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS } from '../../src/security/policy.ts';
import type { PostBuildStep } from './index.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies)
    for (const part of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = part.split(/\s+/);
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  return [...merged].map(([name, sources]) => `${name} ${[...sources].join(' ')}`.trim()).concat(HEADER_ONLY_DIRECTIVES).join('; ');
}

export const headers: PostBuildStep = {
  name: 'Security headers',
  async run({ dir, base }) {
    const built = readBuiltSite(dir);
    const missing: string[] = [];
    const policies: string[] = [];
    for (const page of built.pages.values()) {
      const m = META.exec(readFileSync(join(dir, page.file), 'utf8'));
      if (m) policies.push(m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
      else missing.push(`dist/${page.file}: no Content-Security-Policy meta tag (check security.csp in astro.config.mjs)`);
    }
    if (missing.length) return missing.slice(0, 20);
    const lines = [`${base}*`, `  Content-Security-Policy: ${mergePolicies(policies)}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
      `${base}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable', `${base}sw.js`, '  Cache-Control: no-cache'];
    writeFileSync(join(dir, '_headers'), `${lines.join('\n')}\n`);
    return [];
  },
};
