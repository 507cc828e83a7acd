// Astro builds the pages from the site model (src/model), which reads content/.
// WTN_BASE sets the base path for hosting under a folder, e.g. WTN_BASE=/guidance/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  site: process.env.WTN_SITE ?? 'https://working-together-navigator.example',
  base: process.env.WTN_BASE ?? '/',
  trailingSlash: 'always',
  // WTN_OUT_DIR lets several builds (and previews) run side by side.
  outDir: process.env.WTN_OUT_DIR ?? './dist',
  integrations: [mdx(), react()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
