import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The web build of the renderer loads its content at run time from ./data/*.json, exactly as
 * the Electron main process reads data/ from disk, so an operator can update content without
 * a rebuild and the browser tests can feed it a broken file. This plugin serves data/ in dev
 * and copies it next to index.html in the build.
 */
export function copyContentPlugin(dataDir: string): Plugin {
  let outDir = '';
  return {
    name: 'kiosk-copy-content',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        const file = join(dataDir, name);
        if (!/^[a-z0-9.-]+\.json$/.test(name) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (!outDir || !existsSync(dataDir)) return;
      const target = join(outDir, 'data');
      for (const name of readdirSync(dataDir)) {
        if (name.endsWith('.json')) cpSync(join(dataDir, name), join(target, name));
      }
    },
  };
}
