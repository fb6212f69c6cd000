import { createHash } from 'node:crypto';

/**
 * Main's built-in out-of-service page, for the cases where the renderer cannot show its own:
 * the page failed to load, or keeps crashing. No script, no outside resource; both languages;
 * what went wrong for staff. Main reloads the kiosk from it every few minutes.
 */
const STYLE = `
  html, body { margin: 0; height: 100%; background: #fff; color: #111; font-family: "Liberation Sans", Arial, sans-serif; }
  main { box-sizing: border-box; min-height: 100%; display: flex; flex-direction: column; justify-content: center; padding: 6vmin; gap: 3vmin; }
  h1 { font-size: 3.2rem; margin: 0; }
  p { font-size: 2rem; margin: 0; }
  .staff { font-size: 1.25rem; color: #333; border-top: 2px solid #555; padding-top: 2vmin; }
`;

/** The page's own policy: nothing but its one inline style block, allowed by its hash. */
export const OUT_OF_SERVICE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function outOfServiceHtml(problem: string, retryMinutes: number): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Out of service</title>
<style>${STYLE}</style>
</head>
<body>
<main>
  <h1>Out of service — please ask staff</h1>
  <p lang="es">Fuera de servicio: pida ayuda al personal</p>
  <p class="staff">For staff: ${esc(problem)}. The kiosk tries again every ${retryMinutes} minutes; the staff log has details.</p>
</main>
</body>
</html>`;
}
