import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMachine } from '@xstate/react';
import { fromPromise, type ActorRefFrom } from 'xstate';
import type { Content } from '../../shared/content/load';
import type { KioskApi, PublicSettings } from '../../shared/ipc';
import { answersComplete, kioskMachine, type KioskMachine, type Prefs } from '../../shared/machine';
import { buildPlan, questionGuide } from '../../shared/plan';
import { usageEvent } from '../../shared/staff/usage';
import { KioskContext, type Kiosk } from './kiosk-context';
import { IdleWarning } from './components/IdleWarning';
import { PrintSheet } from './components/PrintSheet';
import { StartOverDialog } from './components/StartOverDialog';
import { isIdleWarning, isStartOverAsked, screenKey, screenOf, type Screen } from './lib/flow';
import { rearm, TAP_GUARD_MS } from './lib/tap-guard';
import { makeTranslate } from './lib/text';
import { AttractScreen } from './screens/AttractScreen';
import { ChecklistScreen } from './screens/ChecklistScreens';
import { FailedScreen, PrintedScreen, PrintingScreen } from './screens/PrintStatusScreens';
import { QuestionScreen } from './screens/QuestionScreen';
import { RegionScreen } from './screens/RegionScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { AssistedScreen } from './staff/AssistedScreen';
import { StaffLayer } from './staff/StaffLayer';
import { AudioMode } from './speech/AudioMode';
import { useChecklistAhead } from './hooks/useChecklistAhead';

/** Activity resets the idle timer; a finger resting on the glass fires many events, one per second is plenty. */
const ACTIVITY_THROTTLE_MS = 1000;

export interface AppProps {
  api: KioskApi;
  content: Content;
  settings: PublicSettings;
  /** ?test=1: expose the machine snapshot as window.__kioskSnapshot() for the browser tests. */
  testMode?: boolean;
  /** The browser prints the page itself (a hidden print sheet); in Electron, main prints. */
  browserPrint?: boolean;
}

declare global {
  interface Window {
    __kioskSnapshot?: () => { value: unknown; context: unknown };
  }
}

/** The screen for a state (exported for the speech test, which renders every state and compares it with what is spoken). */
export function ScreenView({ screen }: { screen: Screen }) {
  switch (screen.kind) {
    case 'attract':
      return <AttractScreen />;
    case 'question':
      return screen.question === 'region' || screen.question === 'destination' ? (
        <RegionScreen question={screen.question} />
      ) : (
        <QuestionScreen question={screen.question} />
      );
    case 'review':
      return <ReviewScreen />;
    case 'checklist':
      switch (screen.phase) {
        case 'viewing':
          return <ChecklistScreen />;
        case 'printing':
          return <PrintingScreen />;
        case 'printed':
          return <PrintedScreen />;
        case 'failed':
          return <FailedScreen />;
      }
  }
}

/** <html lang>, text size and contrast follow the visitor's choices (the machine resets them). */
function useDocumentPrefs(prefs: Prefs): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = prefs.lang;
    root.dataset.textSize = String(prefs.textSize);
    root.dataset.contrast = prefs.highContrast ? 'high' : 'normal';
  }, [prefs]);
}

function useActivity(send: Kiosk['send']): void {
  useEffect(() => {
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_THROTTLE_MS) return;
      last = now;
      send({ type: 'ACTIVITY' });
    };
    window.addEventListener('pointerdown', onActivity, true);
    window.addEventListener('keydown', onActivity, true);
    return () => {
      window.removeEventListener('pointerdown', onActivity, true);
      window.removeEventListener('keydown', onActivity, true);
    };
  }, [send]);
}

/**
 * Ghost taps (lib/tap-guard): each new screen or question over it re-arms the guard, and for
 * TAP_GUARD_MS a transparent shield takes the touches, so a double tap cannot reach what
 * appeared under the finger. `.app[data-armed]` tells the browser tests when taps count again.
 */
function useTapGuard(view: string): { armed: boolean; subView: number; newSubView: () => void } {
  const [armed, setArmed] = useState(true);
  // A screen's own sub-views (the overseas list, the ZIP pad) are new screens to a finger too.
  const [subView, setSubView] = useState(0);
  // The page's first screen replaces no earlier screen a finger could still be on: a press
  // counts if it began after the screen appeared, with no guard time (it made every cold start
  // 400 ms slower to answer its first tap).
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      rearm(performance.now() - TAP_GUARD_MS);
      return;
    }
    rearm(performance.now());
    setArmed(false);
    const id = setTimeout(() => setArmed(true), TAP_GUARD_MS);
    return () => clearTimeout(id);
  }, [view, subView]);
  const newSubView = useCallback(() => setSubView((n) => n + 1), []);
  return { armed, subView, newSubView };
}

/** The window title names the screen ("Where do you live? – TRICARE Sign-In Navigator"). */
function useDocumentTitle(view: string, appName: string): void {
  useEffect(() => {
    const overlays = [...document.querySelectorAll('.overlay:not([inert]) h2')];
    const heading = (overlays.pop() ?? document.querySelector('main h1'))?.textContent?.trim();
    document.title = heading ? `${heading} – ${appName}` : appName;
  }, [view, appName]);
}

function useTestHook(enabled: boolean, actor: ActorRefFrom<KioskMachine>): void {
  useEffect(() => {
    if (!enabled) return;
    window.__kioskSnapshot = () => {
      const s = actor.getSnapshot();
      return { value: s.value, context: s.context };
    };
    return () => {
      delete window.__kioskSnapshot;
    };
  }, [enabled, actor]);
}

export function App({ api, content, settings, testMode = false, browserPrint = false }: AppProps) {
  const machine = useMemo(
    () =>
      kioskMachine.provide({
        actors: { printChecklist: fromPromise(({ input }) => api.printChecklist(input)) },
        // Anonymous counts for staff: the event type and, for a checklist, its three categories (never a ZIP).
        actions: {
          countUsage: ({ context }, { type }) => {
            void api.recordUsage(usageEvent(type, context.answers)).catch(() => undefined);
          },
        },
      }),
    [api],
  );
  const [snapshot, send, actor] = useMachine(machine, {
    input: {
      destinationTasks: content.tasks.filter((task) => task.askDestination).map((task) => task.id),
      // A question whose answer cannot change the checklist is skipped (derived from content).
      asks: questionGuide(content).asks,
      idleMs: settings.idleSeconds * 1000,
      warningMs: settings.warningSeconds * 1000,
      printTimeoutMs: settings.printTimeoutSeconds * 1000,
      ...(settings.defaultLang ? { defaultLang: settings.defaultLang } : {}),
    },
  });
  const { prefs, answers } = snapshot.context;
  const t = useMemo(() => makeTranslate(content.ui, prefs.lang), [content.ui, prefs.lang]);
  const complete = answersComplete(snapshot.context);
  const plan = useMemo(() => (complete && answers.task ? buildPlan({ ...answers, task: answers.task }, content) : null), [complete, answers, content]);
  const screen = screenOf(snapshot.value);
  // A staff-assisted session is one screen throughout, its print states included.
  const assisted = snapshot.context.assisted;
  const key = assisted ? 'assisted' : screenKey(screen);
  const [staffOpen, setStaffOpen] = useState(false);
  const configure = useCallback(
    (s: PublicSettings) =>
      send({ type: 'CONFIGURE', idleMs: s.idleSeconds * 1000, warningMs: s.warningSeconds * 1000, ...(s.defaultLang ? { defaultLang: s.defaultLang } : {}) }),
    [send],
  );
  const startAssisted = useCallback(() => send({ type: 'START_ASSISTED' }), [send]);
  const warning = isIdleWarning(snapshot.value);
  const askStartOver = isStartOverAsked(snapshot.value);
  // What the visitor sees: the screen, and the question over it if any.
  const view = `${key}|${askStartOver ? 'start-over' : ''}|${warning ? 'warning' : ''}|${prefs.lang}`;

  useDocumentPrefs(prefs);
  useActivity(send);
  useChecklistAhead({ api, content, screen, assisted, plan, context: snapshot.context, browserPrint });
  useTestHook(testMode, actor);
  const { armed, subView, newSubView } = useTapGuard(view);
  useDocumentTitle(`${view}|${subView}`, t('app.name'));

  const kiosk: Kiosk = { content, snapshot, send, lang: prefs.lang, t, plan, newSubView };
  return (
    <KioskContext value={kiosk}>
      <AudioMode api={api} screen={screen} warning={warning} startOver={askStartOver}>
        <div className="app" data-screen={key} data-armed={armed ? 'true' : 'false'} inert={warning || askStartOver || staffOpen}>
          <Fragment key={key}>{assisted ? <AssistedScreen /> : <ScreenView screen={screen} />}</Fragment>
        </div>
        {askStartOver ? <StartOverDialog blocked={warning} /> : null}
        {warning ? <IdleWarning /> : null}
        {armed ? null : <div className="tap-guard" aria-hidden="true" data-testid="tap-guard" />}
        {browserPrint && screen.kind === 'checklist' ? <PrintSheet /> : null}
      </AudioMode>
      {/* Staff mode sits outside the visitor's screen and audio mode: its own overlay, its own keys. */}
      {api.staff ? (
        <StaffLayer api={api.staff} content={content} onOpenChange={setStaffOpen} onPublicSettings={configure} onStartAssisted={startAssisted} />
      ) : null}
    </KioskContext>
  );
}
