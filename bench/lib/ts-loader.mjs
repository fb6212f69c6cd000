// Lets Node 24 (type stripping) import the project's TypeScript, whose imports are written
// bundler-style without extensions: `./answers` → `./answers.ts` or `./answers/index.ts`.
import { existsSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if ((specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.startsWith('file:') && /\.m?ts$/.test(context.parentURL)) {
      const base = resolvePath(dirname(fileURLToPath(context.parentURL)), specifier);
      for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
        if (existsSync(candidate) && statSync(candidate).isFile()) return next(pathToFileURL(candidate).href, context);
      }
    }
    return next(specifier, context);
  },
});
