import { useEffect, useRef } from 'react';
import type { ContentError } from '../../../shared/content/load';
import { FALLBACK_HELP_LINES } from '../lib/fallback-help';

export interface OutOfServiceProps {
  /** What is wrong, for the staff log. Never shown: visitors get a plain message and help lines. */
  errors?: readonly ContentError[];
  problem?: string;
}

/**
 * Full-screen "this kiosk is not working" page for visitors, with the main TRICARE help lines
 * so they can still get help. Its wording and numbers are built in (both languages), because
 * it shows exactly when the content files, ui.json included, cannot be trusted. The technical
 * details (file › item › field of each content error, or the screen failure) go to the staff
 * log, which main writes when it loads the content; they are not for the public.
 */
export function OutOfService(props: OutOfServiceProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const problems = (props.errors?.length ?? 0) + (props.problem ? 1 : 0);
  useEffect(() => {
    document.documentElement.lang = 'en';
    delete document.documentElement.dataset.contrast;
    delete document.documentElement.dataset.textSize;
    document.title = 'Out of service – TRICARE Sign-In Navigator';
    heading.current?.focus();
  }, []);
  return (
    <main className="oos" data-screen="out-of-service" data-problems={problems}>
      <div className="oos-card">
        <h1 ref={heading} tabIndex={-1}>
          This kiosk is not working right now
        </h1>
        <p className="oos-es" lang="es">
          Este quiosco no funciona en este momento
        </p>
        <p className="oos-lead">
          Please ask the front desk for help. <span lang="es">Pida ayuda en la recepción.</span>
        </p>
        <section className="oos-help" aria-labelledby="oos-help-title">
          <h2 id="oos-help-title">
            TRICARE help lines <span lang="es">/ Líneas de ayuda de TRICARE</span>
          </h2>
          <ul>
            {FALLBACK_HELP_LINES.map((h) => (
              <li key={h.id}>
                <span className="oos-help-name">
                  {h.name.en}
                  <span lang="es"> / {h.name.es}</span>
                </span>
                <span className="oos-help-phone">{h.phone}</span>
              </li>
            ))}
          </ul>
        </section>
        <p className="oos-staff">For staff: the reason is in the kiosk's log (logs/kiosk.log). Restart the kiosk after fixing it.</p>
      </div>
    </main>
  );
}
