import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The IDE is bundled into the server's wwwroot at build time (no CDN at run time).
// `base: './'` keeps every asset URL relative; the server serves index.html at /graphql with a
// <base href=".../ide/"> so the same files work behind any path base.
export default defineConfig({
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../Lineage.Server/wwwroot/ide', import.meta.url)),
    emptyOutDir: true,
    // GraphiQL + Monaco are large by nature; the warning would only be noise.
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
    rolldownOptions: {
      // React libraries mark modules "use client"; that means nothing in a plain client bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
