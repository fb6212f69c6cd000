import { useEffect, useRef } from 'react';
import { formatContentError, type ContentError } from '../../../shared/content/load';

export interface OutOfServiceProps {
  errors?: readonly ContentError[];
  problem?: string;
}

/**
 * Full-screen "ask staff" page. Its wording is built in (in both languages) because it shows
 * exactly when the content files, ui.json included, cannot be trusted. The small list below is
 * for staff: each content error as "file › item › field: message".
 */
export function OutOfService({ errors = [], problem }: OutOfServiceProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.documentElement.lang = 'en';
    delete document.documentElement.dataset.contrast;
    delete document.documentElement.dataset.textSize;
    heading.current?.focus();
  }, []);
  return (
    <main className="oos" data-screen="out-of-service">
      <div className="oos-card">
        <h1 ref={heading} tabIndex={-1}>
          Out of service — please ask staff
        </h1>
        <p className="oos-es" lang="es">
          Fuera de servicio: pida ayuda al personal
        </p>
        <section className="oos-staff" aria-labelledby="oos-staff-title">
          <h2 id="oos-staff-title">For staff: what is wrong</h2>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{formatContentError(e)}</li>
            ))}
            {problem ? <li>{problem}</li> : null}
          </ul>
          <p>Fix the file(s) above in the kiosk's data folder, then restart the kiosk.</p>
        </section>
      </div>
    </main>
  );
}
