import { useMemo, type ReactNode } from 'react';
import { checklistDocument, type DocItem, type DocPortal } from '../../../shared/checklist/document';
import { formatContentDate } from '../../../shared/checklist/text';
import type { Plan } from '../../../shared/plan/types';
import { useKiosk } from '../kiosk-context';
import { QrCode } from './QrCode';
import { Address, Phone, RichText } from './RichText';
import '../checklist.css';

/** "(not confirmed)" after a fact no source settles: plain words, explained once at the end. */
function Mark({ show }: { show: boolean }) {
  const { t } = useKiosk();
  return show ? <span className="not-confirmed"> {t('result.unconfirmed')}</span> : null;
}

function Item({ item }: { item: DocItem }) {
  return (
    <>
      <RichText text={item.text} />
      <Mark show={item.unconfirmed} />
    </>
  );
}

function Items({ items, ordered }: { items: readonly DocItem[]; ordered?: boolean }) {
  const children = items.map((item, i) => (
    <li key={i}>
      <Item item={item} />
    </li>
  ));
  return ordered ? <ol className="plan-steps">{children}</ol> : <ul className="plan-list">{children}</ul>;
}

function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={['plan-section', className].filter(Boolean).join(' ')}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

const HOST = '\u0000';
/** "Scan to open {host}" with the host as an address that wraps only after its dots. */
function Caption({ text, host }: { text: string; host: string }) {
  const [before, after] = text.split(HOST);
  return (
    <>
      {before}
      {after !== undefined ? <Address address={host} /> : null}
      {after}
    </>
  );
}

function PortalCard({ portal, n, total }: { portal: DocPortal; n: number; total: number }) {
  const { t } = useKiosk();
  return (
    <li className="portal" data-testid={`portal-${portal.id}`}>
      <div className="portal-main">
        <div className="portal-text">
          {total > 1 ? <p className="portal-number">{t('result.portalNumber', { n, total })}</p> : null}
          <h3 className="portal-name">
            {portal.name}
            <Mark show={portal.unconfirmed} />
          </h3>
          <p className="portal-url">
            <Address address={portal.shown} />
          </p>
          <p>
            <strong>{t('result.useFor')}</strong> <RichText text={portal.purpose} />
          </p>
          {portal.call ? (
            <p>
              <strong>{t('result.call')}</strong> <Phone number={portal.call} />
            </p>
          ) : (
            <p>
              <strong>{t('result.signInWith')}</strong> <Item item={portal.signIn} />
            </p>
          )}
        </div>
        {portal.call ? null : (
          <figure className="portal-qr">
            <QrCode text={portal.url} label={t('result.qrLabel', { url: portal.url })} px={200} testId={`qr-${portal.id}`} />
            <figcaption>
              <Caption text={t('result.scan', { host: HOST })} host={portal.host} />
            </figcaption>
          </figure>
        )}
      </div>
      {portal.setup.length > 0 ? (
        <div className="portal-setup">
          <p className="portal-setup-title">{t('result.portalSetup')}</p>
          <Items items={portal.setup} ordered />
        </div>
      ) : null}
    </li>
  );
}

/**
 * The visitor's checklist on screen, in the same order as the printed page (the shared
 * checklist document): the answer first ("Start here"), the numbered steps, other ways, the
 * notices, the websites with how to sign in and what to set up, the rest, the help lines.
 */
export function PlanView({ plan, aside }: { plan: Plan; aside?: ReactNode }) {
  const { t, lang } = useKiosk();
  const doc = useMemo(() => checklistDocument(plan, lang), [plan, lang]);
  const { lead } = doc;
  return (
    <div className="plan">
      <p className="plan-for">{t('result.for', { answers: doc.answers.join(' · ') })}</p>
      <section className="plan-lead" aria-labelledby="plan-lead-title" data-testid="plan-lead">
        <h2 id="plan-lead-title">{t('result.lead')}</h2>
        <p className="lead-row" data-testid="lead-go">
          <span className="lead-label">{t('result.leadGo')}</span>{' '}
          {lead.go.map((g, i) => (
            <span key={g.shown}>
              {i > 0 ? ` ${t('result.leadOr')} ` : null}
              <strong className="lead-name">{g.name}</strong> <Address address={g.shown} />
            </span>
          ))}
        </p>
        {lead.signIn ? (
          <p className="lead-row" data-testid="lead-sign-in">
            <span className="lead-label">{t('result.leadSignIn')}</span> <Item item={lead.signIn} />
          </p>
        ) : null}
        {lead.call ? (
          <p className="lead-row">
            <span className="lead-label">{t('result.leadCall')}</span> <Phone number={lead.call} />
          </p>
        ) : null}
        <p className="lead-row" data-testid="lead-task">
          <span className="lead-label">{t('result.leadTask')}</span> <RichText text={lead.task} />
        </p>
        {lead.help ? (
          <p className="lead-row" data-testid="lead-help">
            <span className="lead-label">{t('result.leadHelp')}</span> <strong className="lead-name">{lead.help.name}</strong> <Phone number={lead.help.phone} />
          </p>
        ) : null}
      </section>
      <div className="plan-body">
        {doc.steps.length > 0 ? (
          <Section title={t('result.steps')} className="plan-steps-section">
            <Items items={doc.steps} ordered />
          </Section>
        ) : null}
        {doc.alternatives.length > 0 ? (
          <Section title={t('result.alternatives')} className="plan-alternatives">
            <Items items={doc.alternatives} />
          </Section>
        ) : null}
        {doc.notices.length > 0 ? (
          <Section title={t('result.notices')} className="plan-notices">
            <ul>
              {doc.notices.map((n, i) => (
                <li key={i} className={`notice notice-${n.kind}`}>
                  <Item item={n} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        <Section title={t('result.portals')} className="plan-portals">
          {doc.setup.map((s, i) => (
            <p key={i} className="setup-general">
              <Item item={s} />
            </p>
          ))}
          <ol className="portals">
            {doc.portals.map((p, i) => (
              <PortalCard key={p.id} portal={p} n={i + 1} total={doc.portals.length} />
            ))}
          </ol>
        </Section>
        {doc.about ? (
          <Section title={doc.about.credential !== undefined ? t('result.about', { credential: doc.about.credential }) : t('result.aboutGeneral')} className="plan-about">
            <Items items={doc.about.advice} />
          </Section>
        ) : null}
        {doc.bring.length > 0 ? (
          <Section title={t('result.bring')} className="plan-bring">
            <Items items={doc.bring} />
          </Section>
        ) : null}
        {doc.notes.length > 0 ? (
          <Section title={t('result.notes')} className="plan-notes">
            <Items items={doc.notes} />
          </Section>
        ) : null}
        <Section title={t('result.help')} className="plan-help">
          <ul className="help-lines">
            {doc.help.map((h) => (
              <li key={h.id} className="help-line" data-testid={`help-${h.id}`}>
                <span className="help-name">
                  {h.name}
                  <Mark show={h.unconfirmed} />
                </span>
                <span className="help-phone">
                  <Phone number={h.phone} />
                </span>
                {h.tty ? (
                  <span className="help-tty">
                    {t('result.tty')} <Phone number={h.tty} />
                  </span>
                ) : null}
                {h.note ? (
                  <span className="help-note">
                    <RichText text={h.note} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
        {aside}
      </div>
      {doc.anyUnconfirmed ? <p className="plan-unconfirmed">{t('result.unconfirmedExplain')}</p> : null}
      <p className="plan-reviewed">{t('result.reviewed', { date: formatContentDate(plan.reviewed, lang) })}</p>
    </div>
  );
}
