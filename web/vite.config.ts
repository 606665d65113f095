/**
 * Builds the web app into dist/web, which the API server serves on the same port
 * (src/server/plugins/web.ts). `npm run dev:web` proxies the API to a local server.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // Nothing from the environment reaches the bundle: no secrets, whatever the shell exports.
  envPrefix: 'RESUME_HEALTH_PUBLIC_',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The polyfill is an inline script, which the CSP (script-src 'self') would block.
    modulePreload: { polyfill: false },
    // The engine chunk (taxonomy) and pdf.js are large but load only on demand.
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': apiTarget, '/pdfjs': apiTarget, '/openapi.json': apiTarget },
  },
});
