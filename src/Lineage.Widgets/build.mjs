// Bundles src/index.js into the server's wwwroot/widgets/lineage.js: one file, no CDN, no imports at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const outfile = fileURLToPath(new URL('../Lineage.Server/wwwroot/widgets/lineage.js', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('./src/index.js', import.meta.url))],
  bundle: true,
  format: 'iife',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  outfile,
  logLevel: 'warning',
});
console.log(`built ${outfile}`);
