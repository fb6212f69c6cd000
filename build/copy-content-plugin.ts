import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CHECKED_CONTENT_FILE } from '../src/shared/content/checked';
import { checkedContentBundle } from '../src/shared/content/checked-bundle';
import { CONTENT_FILES } from '../src/shared/content/load';

/**
 * The web build's content. data/ is checked here, once, at build time: the build fails on
 * content that does not validate, and writes data/content.checked.json (the parsed content),
 * which the page loads at start as one file, with no validation in the browser (cold start,
 * issue 14). The Electron kiosk does not use it: main reads and checks data/ itself at start
 * (so content updates need no rebuild) and hands the renderer checked data over IPC.
 *
 * The raw files are copied too (and served in dev): `?content=files` makes the page load and
 * validate those instead, which is how the browser tests feed it a broken file.
 */
export function copyContentPlugin(dataDir: string): Plugin {
  let outDir = '';
  const checked = (): string => {
    const files = Object.fromEntries(CONTENT_FILES.map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as unknown]));
    const bundle = checkedContentBundle(files);
    if (!bundle.ok) {
      const list = bundle.error.slice(0, 20).map((e) => `  ${e.file}${e.item ? ` › ${e.item}` : ''}${e.field ? ` › ${e.field}` : ''}: ${e.message}`);
      throw new Error(`data/ does not validate (${bundle.error.length} problems):\n${list.join('\n')}`);
    }
    return bundle.value;
  };
  return {
    name: 'kiosk-copy-content',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (name === CHECKED_CONTENT_FILE) {
          res.setHeader('Content-Type', 'application/json');
          res.end(checked());
          return;
        }
        const file = join(dataDir, name);
        if (!/^[a-z0-9.-]+\.json$/.test(name) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (!outDir || !existsSync(dataDir)) return;
      const target = join(outDir, 'data');
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(dataDir)) {
        if (name.endsWith('.json')) cpSync(join(dataDir, name), join(target, name));
      }
      writeFileSync(join(target, CHECKED_CONTENT_FILE), checked());
    },
  };
}
