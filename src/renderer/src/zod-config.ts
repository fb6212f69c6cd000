import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema is built: zod checks once whether it may
 * compile parsers with `new Function`, and under the kiosk's CSP (no 'unsafe-eval') that
 * probe is a CSP violation even though zod catches it. jitless skips the probe; content
 * validation is a one-off at startup, so the slower interpreter costs nothing a visitor sees.
 */
z.config({ jitless: true });
