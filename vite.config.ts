import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web with its entry index.html at the repository root.
// In development Vite serves it on :5173 and forwards /api to the Nærvær server on :3000,
// so the browser sees one origin (the session cookie is SameSite and CSRF checks the Origin).
// In production `vite build` writes dist/web, which the server serves with an SPA fallback.
export default defineConfig({
  plugins: [react()],
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
    sourcemap: true,
    // One bundle of ~600 kB (≈190 kB gzip), mostly React, React Router and Designsystemet; an
    // intranet app that is cached after the first visit does not gain from splitting it yet.
    chunkSizeWarningLimit: 800,
  },
});
