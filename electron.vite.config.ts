import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { checklistPrintCssPlugin } from './build/checklist-print-css-plugin';
import { copyContentPlugin } from './build/copy-content-plugin';

// Three builds: main (ESM), preload (CommonJS, because a sandboxed preload cannot be ESM),
// renderer (a plain web page that also runs inside the Electron window).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    base: './',
    plugins: [react(), copyContentPlugin(resolve(import.meta.dirname, 'data')), checklistPrintCssPlugin()],
    build: {
      // electron-vite's renderer preset leaves the bundle unminified; minified it is 0.42× the
      // bytes (JS and CSS), so less to read, parse and compile at every start (bench/bundle-size.mjs).
      minify: true,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
