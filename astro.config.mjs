// Astro builds the pages from the site model (src/model), which reads content/.
// WTN_BASE sets the base path for hosting under a folder, e.g. WTN_BASE=/guidance/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/security/policy.ts';

export default defineConfig({
  site: process.env.WTN_SITE ?? 'https://working-together-navigator.example',
  base: process.env.WTN_BASE ?? '/',
  trailingSlash: 'always',
  // WTN_OUT_DIR lets several builds (and previews) run side by side.
  outDir: process.env.WTN_OUT_DIR ?? './dist',
  integrations: [mdx(), react(), sitemap({ filter: (page) => !page.endsWith('/offline/') })],
  // A strict Content-Security-Policy on every page, as a <meta> tag: Astro hashes the scripts and
  // styles it emits; everything else must come from this site. The same policy (with the hashes of
  // every page) is written to _headers for static hosts by scripts/post-build/headers.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: CSP_SCRIPT_SOURCES },
      styleDirective: { resources: CSP_STYLE_SOURCES },
    },
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
