// Builds renderer pages exactly the way the app's renderer is built: electron-vite's renderer
// preset (its defaults: chrome target, no module-preload polyfill, minify off unless set)
// applied to a renderer block, then vite. Used for the baseline React page (same minify
// setting as the app, read from electron.vite.config.ts) and for the profiling build.
import './ts-loader.mjs';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUT, ROOT } from './env.mjs';

export const BASELINES_SRC = join(ROOT, 'bench/baselines');
export const BASELINES_OUT = join(OUT, 'baselines');
export const APP_OUT = join(ROOT, 'out/renderer');

/** The app's renderer block from electron.vite.config.ts (a function config is called as a build would). */
export async function appRendererConfig() {
  const mod = await import(join(ROOT, 'electron.vite.config.ts'));
  let config = mod.default;
  if (typeof config === 'function') config = await config({ command: 'build', mode: 'production' });
  if (!config?.renderer) throw new Error('electron.vite.config.ts has no renderer block');
  return config.renderer;
}

/** Whether (and how) the app's renderer is minified: electron-vite's default is false. */
export async function appMinify() {
  const build = (await appRendererConfig()).build ?? {};
  return { minify: build.minify ?? false, cssMinify: build.cssMinify };
}

/** Runs one renderer block through electron-vite's renderer preset and vite's build. */
export async function buildRendererBlock(renderer) {
  const { RendererConfigFactory } = await import('electron-vite');
  const { build } = await import('vite');
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const config = await new RendererConfigFactory(renderer, { configFile: false, mode: 'production', logLevel: 'warn' }, {}).build();
  await build(config);
}

/** The app's renderer, with overrides (the profiling build: its own folder, source maps, readable names). */
export async function buildApp({ outDir = APP_OUT, sourcemap = false, minify, renderer } = {}) {
  const block = renderer ?? (await appRendererConfig());
  const build = { ...block.build, outDir, sourcemap, emptyOutDir: true, ...(minify === undefined ? {} : { minify, cssMinify: minify }) };
  await buildRendererBlock({ ...block, build });
}

function newestMtime(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The baseline pages, in out/bench/baselines: static.html and one-line.html copied as they
 * are, and the minimal React 19 page (bench/baselines/react) built with the app's minify
 * setting. Rebuilt when the sources, the config or the minify setting changed.
 */
export async function ensureBaselines({ force = false } = {}) {
  const { minify, cssMinify } = await appMinify();
  const stampFile = join(BASELINES_OUT, 'stamp.json');
  const stamp = { minify, cssMinify: cssMinify ?? null, source: newestMtime(BASELINES_SRC), config: statSync(join(ROOT, 'electron.vite.config.ts')).mtimeMs };
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) return { minify };
  mkdirSync(BASELINES_OUT, { recursive: true });
  await buildRendererBlock({
    root: join(BASELINES_SRC, 'react'),
    base: './',
    plugins: [(await import('@vitejs/plugin-react')).default()],
    build: {
      outDir: join(BASELINES_OUT, 'react'),
      emptyOutDir: true,
      minify,
      ...(cssMinify === undefined ? {} : { cssMinify }),
      rollupOptions: { input: { index: join(BASELINES_SRC, 'react/index.html') } },
    },
  });
  for (const f of ['static.html', 'one-line.html']) cpSync(join(BASELINES_SRC, f), join(BASELINES_OUT, f));
  writeFileSync(stampFile, JSON.stringify(stamp));
  return { minify };
}

/** The app must be built (npm run bench builds it; a bench run on its own uses what is there). */
export function requireAppBuild() {
  if (!existsSync(join(APP_OUT, 'index.html'))) {
    throw new Error(`no app build in ${resolve(APP_OUT)}: run \`npx electron-vite build\` first (npm run bench does)`);
  }
}
