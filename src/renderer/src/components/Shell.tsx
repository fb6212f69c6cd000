import { useEffect, useRef, type ReactNode } from 'react';
import { TEXT_SIZES, type TextSize } from '../../../shared/machine';
import { LANGS, type Lang } from '../../../shared/i18n';
import { useKiosk } from '../kiosk-context';
import { TouchButton } from './TouchButton';
import { AudioControls } from '../speech/AudioControls';

/** Language names are written in their own language, whatever the screen language is. */
const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };
const SIZE_KEYS = { 0: 'a11y.textSize0', 1: 'a11y.textSize1', 2: 'a11y.textSize2' } as const satisfies Record<TextSize, string>;

/** Language, text size and contrast: on every screen, reset for the next visitor by the machine. */
export function DisplayControls() {
  const { snapshot, send, t } = useKiosk();
  const { prefs } = snapshot.context;
  return (
    <div className="display-controls" role="group" aria-label={t('a11y.controls')}>
      <div className="control-group" role="group" aria-label={t('a11y.language')}>
        {LANGS.map((lang) => (
          <TouchButton
            key={lang}
            variant="quiet"
            lang={lang}
            pressed={prefs.lang === lang}
            onPress={() => send({ type: 'SET_LANG', lang })}
            testId={`lang-${lang}`}
          >
            {LANG_NAMES[lang]}
          </TouchButton>
        ))}
      </div>
      <div className="control-group" role="group" aria-label={t('a11y.textSize')}>
        {TEXT_SIZES.map((size) => (
          <TouchButton
            key={size}
            variant="quiet"
            className={`size-button size-button-${size}`}
            pressed={prefs.textSize === size}
            onPress={() => send({ type: 'SET_TEXT_SIZE', size })}
            testId={`text-size-${size}`}
          >
            <span aria-hidden="true">A</span>
            <span className="sr-only">{t(SIZE_KEYS[size])}</span>
          </TouchButton>
        ))}
      </div>
      <TouchButton
        variant="quiet"
        className="contrast-button"
        pressed={prefs.highContrast}
        onPress={() => send({ type: 'TOGGLE_CONTRAST' })}
        testId="contrast"
      >
        <span className="contrast-icon" aria-hidden="true" />
        {t('a11y.contrast')}
      </TouchButton>
      <AudioControls />
    </div>
  );
}

/** The screen's title. It takes focus when the screen appears, so a screen reader starts there. */
export function ScreenHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}

export interface ShellProps {
  children: ReactNode;
  /** The bottom bar: Back / Start over / the screen's main action. */
  footer?: ReactNode;
  className?: string;
}

/** Every screen: top bar (name + display controls), the screen, and its bottom bar. */
export function Shell({ children, footer, className }: ShellProps) {
  const { t } = useKiosk();
  return (
    <>
      <header className="topbar">
        <p className="brand">{t('app.name')}</p>
        <DisplayControls />
      </header>
      <main className={['screen', className].filter(Boolean).join(' ')}>{children}</main>
      {footer ? <footer className="navbar">{footer}</footer> : null}
    </>
  );
}

/** Back and Start over, on every question screen; `onBack` lets a screen close its own sub-view first. */
export function QuestionNav({ onBack, children }: { onBack?: () => void; children?: ReactNode }) {
  const { send, t } = useKiosk();
  return (
    <>
      <TouchButton variant="secondary" className="nav-back" onPress={onBack ?? (() => send({ type: 'BACK' }))} testId="back">
        <span className="arrow" aria-hidden="true">
          ←
        </span>
        {t('nav.back')}
      </TouchButton>
      <TouchButton variant="secondary" onPress={() => send({ type: 'START_OVER' })} testId="start-over">
        {t('nav.startOver')}
      </TouchButton>
      <div className="nav-spacer" />
      {children}
    </>
  );
}
