import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { checklistPrintCssPlugin } from '../../build/checklist-print-css-plugin.ts';
import { copyContentPlugin } from '../../build/copy-content-plugin.ts';

/**
 * The renderer build alone (same settings as the renderer block of electron.vite.config.ts),
 * for browser tests when main/preload are not needed: `npx vite build -c tests/e2e/vite.renderer.config.mjs`.
 */
const root = resolve(import.meta.dirname, '../..');
export default defineConfig({
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), copyContentPlugin(resolve(root, 'data')), checklistPrintCssPlugin()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
  },
});
