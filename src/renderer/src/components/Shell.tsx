import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { TEXT_SIZES, type TextSize } from '../../../shared/machine';
import { LANGS, type Lang } from '../../../shared/i18n';
import { useEscape } from '../hooks/useEscape';
import { useKiosk } from '../kiosk-context';
import { isDialogOpen } from '../lib/flow';
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

/** The id of every screen's h1, so a group of answers can be named by its question. */
export const SCREEN_TITLE_ID = 'screen-title';

/** The screen's title. It takes focus when the screen appears, so a screen reader starts there. */
export function ScreenHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} id={SCREEN_TITLE_ID} tabIndex={-1} className={className}>
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

/**
 * Whether the screen area scrolls (the checklist; anything at the largest text that does not
 * fit), and whether there is more below. A scrolling area must be reachable by keyboard
 * (focusable, named, with the kiosk's focus ring) and must say there is more.
 */
function useScrollState(ref: RefObject<HTMLElement | null>) {
  const [state, setState] = useState({ scrolls: false, more: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const scrolls = el.scrollHeight > el.clientHeight + 1;
      const more = scrolls && el.scrollTop + el.clientHeight < el.scrollHeight - 4;
      setState((s) => (s.scrolls === scrolls && s.more === more ? s : { scrolls, more }));
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    for (const child of el.children) ro.observe(child);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, [ref]);
  return state;
}

/** Every screen: top bar (name + display controls), the screen, and its bottom bar. */
export function Shell({ children, footer, className }: ShellProps) {
  const { t } = useKiosk();
  const main = useRef<HTMLElement>(null);
  const { scrolls, more } = useScrollState(main);
  const [title, setTitle] = useState('');
  useLayoutEffect(() => {
    setTitle(main.current?.querySelector('h1')?.textContent ?? '');
  });
  // A screen that scrolls (the checklist) starts with its scroll area focused instead of the
  // heading: it is named after the heading, and the arrow keys and Page Down scroll it at once.
  const focusedArea = useRef(false);
  useEffect(() => {
    const el = main.current;
    if (!scrolls || !el || focusedArea.current) return;
    focusedArea.current = true;
    if (document.activeElement === el.querySelector('h1')) el.focus({ preventScroll: true });
  }, [scrolls]);
  const pageDown = () => {
    const el = main.current;
    if (!el) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollBy({ top: el.clientHeight * 0.8, behavior: smooth ? 'smooth' : 'auto' });
  };
  return (
    <>
      <header className="topbar">
        <p className="brand">{t('app.name')}</p>
        <DisplayControls />
      </header>
      <main
        ref={main}
        className={['screen', className].filter(Boolean).join(' ')}
        tabIndex={scrolls ? 0 : undefined}
        aria-label={scrolls && title ? t('a11y.scrollArea', { title }) : undefined}
        data-more-below={more ? 'true' : undefined}
      >
        {children}
      </main>
      {footer || more ? (
        <footer className="navbar">
          {more ? (
            <TouchButton variant="text" className="more-button page-more" onPress={pageDown} testId="more-page">
              <span className="more-arrow" aria-hidden="true">
                ↓
              </span>
              {t('more.page')}
            </TouchButton>
          ) : null}
          {footer}
        </footer>
      ) : null}
    </>
  );
}

/**
 * Back and Start over, on every question screen; `onBack` lets a screen close its own sub-view
 * first. Escape is Back (not while a dialog is open). Start over looks like what it is, a
 * quiet "↺ Start over" away from Back, and asks first (the machine's dialog).
 */
export function QuestionNav({ onBack, children, back = true }: { onBack?: () => void; children?: ReactNode; back?: boolean }) {
  const { send, t, snapshot } = useKiosk();
  const goBack = onBack ?? (() => send({ type: 'BACK' }));
  useEscape(goBack, back && !isDialogOpen(snapshot.value));
  return (
    <>
      {back ? (
        <TouchButton variant="secondary" className="nav-back" onPress={goBack} testId="back">
          <span className="arrow" aria-hidden="true">
            ←
          </span>
          {t('nav.back')}
        </TouchButton>
      ) : null}
      <div className="nav-spacer" />
      <StartOverButton />
      {children}
    </>
  );
}

/** "↺ Start over": a plain text button, never next to Back, that opens the "Start over?" question. */
export function StartOverButton() {
  const { send, t } = useKiosk();
  return (
    <TouchButton variant="text" className="start-over" onPress={() => send({ type: 'START_OVER' })} testId="start-over">
      <span className="start-over-icon" aria-hidden="true">
        ↺
      </span>
      {t('nav.startOver')}
    </TouchButton>
  );
}
