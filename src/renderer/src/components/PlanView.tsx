import type { ReactNode } from 'react';
import { formatContentDate } from '../../../shared/checklist/text';
import type { Lang } from '../../../shared/i18n';
import type { Plan, PlanItem, PlanPortal } from '../../../shared/plan/types';
import { useKiosk } from '../kiosk-context';
import { QrCode } from './QrCode';

/** Cautious wording for a fact no source settles: the visitor is told to call and confirm. */
function Unconfirmed({ show }: { show: boolean | undefined }) {
  const { t } = useKiosk();
  return show ? <span className="unconfirmed">{t('result.unconfirmed')}</span> : null;
}

/** An address that may wrap only after a dot or slash, never in the middle of a word. */
function BreakableUrl({ url }: { url: string }) {
  const parts = url.split(/(?<=[./])/);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </>
  );
}

function Items({ items, lang, ordered }: { items: readonly PlanItem[]; lang: Lang; ordered?: boolean }) {
  const children = items.map((item, i) => (
    <li key={i}>
      <span>{item.text[lang]}</span> <Unconfirmed show={item.unconfirmed} />
    </li>
  ));
  return ordered ? <ol className="plan-steps">{children}</ol> : <ul className="plan-list">{children}</ul>;
}

/** Set-up steps grouped under the portal they belong to (items without one come first, untitled). */
function setupGroups(plan: Plan): [PlanPortal | undefined, PlanItem[]][] {
  const groups = new Map<string | undefined, PlanItem[]>();
  for (const item of plan.signIn.setup) groups.set(item.portal, [...(groups.get(item.portal) ?? []), item]);
  return [...groups].map(([id, items]) => [plan.portals.find((p) => p.id === id), items]);
}

function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={['plan-section', className].filter(Boolean).join(' ')}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The visitor's plan, in reading order: notices, portals (each with a QR code of its address),
 * sign-in, what to bring, numbered steps, help lines.
 */
export function PlanView({ plan, aside }: { plan: Plan; aside?: ReactNode }) {
  const { t, lang } = useKiosk();
  const answers = plan.summary.map((row) => row.value[lang]).join(' · ');
  return (
    <div className="plan">
      <p className="plan-for">{t('result.for', { answers })}</p>
      {plan.notices.length > 0 ? (
        <Section title={t('result.notices')} className="plan-notices">
          <ul>
            {plan.notices.map((n, i) => (
              <li key={i} className={`notice notice-${n.kind}`}>
                {n.text[lang]} <Unconfirmed show={n.unconfirmed} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <div className="plan-body">
      <Section title={t('result.portals')} className="plan-portals">
        <ol className="portals">
          {plan.portals.map((p, i) => (
            <li key={p.id} className="portal" data-testid={`portal-${p.id}`}>
              <div className="portal-text">
                {plan.portals.length > 1 ? (
                  <p className="portal-number">{t('result.portalNumber', { n: i + 1, total: plan.portals.length })}</p>
                ) : null}
                <h3 className="portal-name">
                  {p.name[lang]} <Unconfirmed show={p.unconfirmed} />
                </h3>
                <p className="portal-url">
                  <BreakableUrl url={p.url} />
                </p>
                <p>
                  <strong>{t('result.useFor')}</strong> {p.purpose[lang]}
                </p>
                <p>
                  <strong>{t('result.signInWith')}</strong> {p.signIn[lang]} <Unconfirmed show={p.signInUnconfirmed} />
                </p>
              </div>
              <figure className="portal-qr">
                <QrCode text={p.url} label={t('result.qrLabel', { url: p.url })} px={200} testId={`qr-${p.id}`} />
                <figcaption>{t('result.scan')}</figcaption>
              </figure>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('result.signIn')} className="plan-signin">
        <p className="signin-label">{plan.signIn.label?.[lang]}</p>
        {plan.signIn.advice.length > 0 ? <Items items={plan.signIn.advice} lang={lang} /> : null}
        {plan.signIn.setup.length > 0 ? (
          <>
            <h3>{t('result.setup')}</h3>
            {setupGroups(plan).map(([portal, items]) => (
              <div key={portal?.id ?? 'general'} className="setup-group">
                {portal ? <p className="setup-portal">{portal.name[lang]}</p> : null}
                <Items items={items} lang={lang} ordered />
              </div>
            ))}
          </>
        ) : null}
      </Section>
      {plan.bring.length > 0 ? (
        <Section title={t('result.bring')} className="plan-bring">
          <Items items={plan.bring} lang={lang} />
        </Section>
      ) : null}
      {plan.steps.length > 0 ? (
        <Section title={t('result.steps')} className="plan-steps-section">
          <Items items={plan.steps} lang={lang} ordered />
        </Section>
      ) : null}
      <Section title={t('result.help')} className="plan-help">
        <ul className="help-lines">
          {plan.helpLines.map((h) => (
            <li key={h.id} className="help-line" data-testid={`help-${h.id}`}>
              <span className="help-name">
                {h.name[lang]} <Unconfirmed show={h.unconfirmed} />
              </span>
              <span className="help-phone">{h.phone}</span>
              {h.tty ? (
                <span className="help-tty">
                  {t('result.tty')} {h.tty}
                </span>
              ) : null}
              {h.note ? <span className="help-note">{h.note[lang]}</span> : null}
            </li>
          ))}
        </ul>
      </Section>
      {aside}
      </div>
      <p className="plan-reviewed">{t('result.reviewed', { date: formatContentDate(plan.reviewed, lang) })}</p>
    </div>
  );
}
