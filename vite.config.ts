import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The web app lives in src/web with its entry index.html at the repository root.
// In development Vite serves it on :5173 and forwards /api to the Nærvær server on :3000,
// so the browser sees one origin (the session cookie is SameSite and CSRF checks the Origin).
// In production `vite build` writes dist/web, which the server serves with an SPA fallback.
export default defineConfig({
  plugins: [react(), precompress()],
  publicDir: false,
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Fonts and icons become hashed files next to the bundle; nothing is inlined as data: URLs,
    // so a strict Content-Security-Policy (font-src 'self', img-src 'self') holds.
    assetsInlineLimit: 0,
    // No source maps in the build: whatever is in dist/web is public, and the map is the whole source
    // (decision 110). Debug with `npm run dev`, which has them.
    sourcemap: false,
    // Each screen is its own chunk (App.tsx loads them by route); the shared chunk with React, React
    // Router and Designsystemet is the largest.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare `sideEffects`, so every component module (the
        // Combobox with @floating-ui/react and a virtual list, among them) would be kept whether used or not.
        // Its component modules are plain React components; the one real side effect, the web components of
        // @digdir/designsystemet-web that Field and others import, is a separate package and stays.
        moduleSideEffects: (id: string) => !id.includes('/@digdir/designsystemet-react/dist/'),
      },
    },
  },
});

/**
 * Brotli and gzip copies of every text asset, written once at build time so that the server sends
 * them without compressing per request (@fastify/static `preCompressed`, decision 110).
 */
function precompress(): Plugin {
  let outDir = 'dist/web';
  return {
    name: 'naervaer-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of files(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const body = readFileSync(file);
        const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        const gz = gzipSync(body, { level: 9 });
        if (br.length < body.length) writeFileSync(`${file}.br`, br);
        if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
