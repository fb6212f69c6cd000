import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fill } from '../../../shared/i18n';
import type { KioskApi } from '../../../shared/ipc';
import {
  DEFAULT_SPEECH_RATE,
  readingWords,
  sayText,
  SPEECH_RATES,
  speakableHelp,
  speakableScreen,
  type RegionView,
  type SpeakableState,
  type SpokenScreen,
  type Utterance,
} from '../../../shared/speech';
import { useKiosk } from '../kiosk-context';
import { AudioModeContext, SpokenViewsContext, type AudioControls, type AudioModeState, type SpokenViews } from './audio-context';
import { canSpeak, chooseSpeechEngine, type ChosenSpeech } from './choose-engine';
import { audioKeyOf, MOVE_KEYS } from './keys';
import { Speaker, type SpeakerState } from './speaker';
import { spokenName } from './spoken-name';

/** One engine choice per page load (StrictMode mounts twice; main should log the choice once). */
const chosenFor = new WeakMap<KioskApi, Promise<ChosenSpeech>>();
function choose(api: KioskApi): Promise<ChosenSpeech> {
  let p = chosenFor.get(api);
  if (!p) chosenFor.set(api, (p = chooseSpeechEngine(window, api.speech)));
  return p;
}

/** After Enter on a control that changes nothing else (a toggle), its new state is spoken. */
const ECHO_AFTER_PRESS_MS = 120;
/** A focus change this soon after a move key (and before any other key) was that key's doing: say where it landed. */
const MOVE_ECHO_WINDOW_MS = 250;
const NOTICE_MS = 8000;

interface Props {
  api: KioskApi;
  screen: SpokenScreen;
  /** "Are you still there?" is up. */
  warning: boolean;
  children: ReactNode;
}

/**
 * Audio mode: the one place where speech is started. Each screen is read when it appears
 * (the read-out follows the screen change, not each component), a change inside a screen
 * (a letter, a ZIP digit) reads just that part, the control the visitor moves to is named,
 * and any key or touch stops or moves the speech on. The words all come from
 * speakableScreen in src/shared/speech.
 */
export function AudioMode({ api, screen, warning, children }: Props) {
  const { content, snapshot, send, lang, plan } = useKiosk();
  const on = snapshot.context.prefs.audio;
  const { answers, printError, warningMs } = snapshot.context;

  const [chosen, setChosen] = useState<ChosenSpeech | null>(null);
  const [speaking, setSpeaking] = useState<SpeakerState>('idle');
  const [rate, setRate] = useState<number>(DEFAULT_SPEECH_RATE);
  const [regionView, setRegionView] = useState<RegionView | undefined>(undefined);
  const [zipDigits, setZipDigits] = useState('');
  const [unavailableNotice, setUnavailableNotice] = useState(false);
  const speakerRef = useRef<Speaker | null>(null);

  useEffect(() => {
    let live = true;
    void choose(api).then((c) => {
      if (!live) return;
      speakerRef.current = new Speaker(c.engine, setSpeaking);
      setChosen(c);
    });
    return () => {
      live = false;
      speakerRef.current?.stop();
    };
  }, [api]);

  const views = useMemo<SpokenViews>(() => ({ setRegionView, setZipDigits }), []);

  const inRegion = screen.kind === 'question' && (screen.question === 'region' || screen.question === 'destination');
  const view: RegionView | undefined = !inRegion
    ? undefined
    : regionView?.view === 'zip'
      ? { ...regionView, digits: zipDigits }
      : regionView;
  const state: SpeakableState = useMemo(
    () => ({
      screen,
      answers,
      printError,
      idleWarning: warning ? { seconds: Math.round(warningMs / 1000) } : undefined,
      regionView: view,
    }),
    // The screen object is rebuilt every render; its content is what counts.
    [JSON.stringify(screen), answers, printError, warning, warningMs, JSON.stringify(view ?? null)],
  );
  const spoken = useMemo(() => speakableScreen(state, content, plan, lang), [state, content, plan, lang]);
  const words = useMemo(() => readingWords(content.ui, lang), [content.ui, lang]);
  const say = useCallback((key: string, params?: Record<string, string | number>): Utterance[] => {
    const entry = content.ui[key];
    const text = fill(entry ? entry[lang] : key, Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)])));
    return [{ text, lang }];
  }, [content.ui, lang]);

  const available = canSpeak(chosen?.choice ?? null, lang);

  // Stays current for the key and focus listeners without re-adding them on every render.
  const live = useRef({ on, spoken, state, rate, available, speaking, choosing: chosen === null });
  live.current = { on, spoken, state, rate, available, speaking, choosing: chosen === null };
  const offByVisitor = useRef(false);
  /** The audio key pressed while the engine was still being chosen (the first second after start). */
  const wanted = useRef(false);

  const controls = useMemo<AudioControls>(() => {
    const speaker = () => speakerRef.current;
    const step = (dir: 1 | -1) => {
      const rates = SPEECH_RATES as readonly number[];
      const i = rates.indexOf(live.current.rate);
      const next = rates[Math.max(0, Math.min(rates.length - 1, (i < 0 ? rates.indexOf(DEFAULT_SPEECH_RATE) : i) + dir))]!;
      setRate(next);
      speaker()?.setRate(next, say('audio.rate', { percent: Math.round(next * 100) }));
    };
    return {
      toggle() {
        if (live.current.choosing) {
          wanted.current = !wanted.current;
          return;
        }
        if (!live.current.available) {
          setUnavailableNotice(true);
          return;
        }
        if (live.current.on) {
          offByVisitor.current = true;
          send({ type: 'SET_AUDIO', on: false });
          speaker()?.play(say('audio.off'));
        } else {
          send({ type: 'SET_AUDIO', on: true });
        }
      },
      repeat: () => speaker()?.play(live.current.spoken),
      pause: () => speaker()?.togglePause(),
      slower: () => step(-1),
      faster: () => step(1),
      help: () => speaker()?.play(speakableHelp(live.current.state, content, lang)),
    };
  }, [send, say, content, lang]);

  useEffect(() => {
    if (!chosen || !wanted.current) return;
    wanted.current = false;
    if (canSpeak(chosen.choice, lang)) send({ type: 'SET_AUDIO', on: true });
    else setUnavailableNotice(true);
  }, [chosen, lang, send]);

  useEffect(() => {
    if (!unavailableNotice) return;
    const id = setTimeout(() => setUnavailableNotice(false), NOTICE_MS);
    return () => clearTimeout(id);
  }, [unavailableNotice]);

  // The read-out: triggered by the screen changing (or audio coming on), nowhere else.
  const previous = useRef<{ main: string; letter: string | null; digits: string | null } | null>(null);
  useEffect(() => {
    const speaker = speakerRef.current;
    if (!speaker) return;
    if (!on) {
      previous.current = null;
      if (!offByVisitor.current) speaker.stop();
      offByVisitor.current = false;
      setRate(DEFAULT_SPEECH_RATE);
      return;
    }
    const v = state.regionView;
    // The "where?" question says which view it opened with just after it appears: wait for that.
    if (inRegion && !v) return;
    const main = JSON.stringify([state.screen, Boolean(state.idleWarning), lang, v?.view ?? null, v?.view === 'zip' ? v.state : null]);
    const letter = v?.view === 'states' ? v.letter : null;
    const digits = v?.view === 'zip' ? v.digits : null;
    const before = previous.current;
    previous.current = { main, letter, digits };
    if (before && before.main === main) {
      if (letter && letter !== before.letter) speaker.play(spoken.filter((u) => u.part === 'states'));
      else if (digits !== before.digits) speaker.play(spoken.filter((u) => u.part === 'zip-digits'));
      return;
    }
    // Coming on: say so, read the screen, then how to use the keys.
    speaker.play(before ? spoken : [...say('audio.on'), ...spoken, ...speakableHelp(state, content, lang)]);
  }, [on, chosen, state, spoken, lang, content, say, inRegion]);

  // Keys and touches: the audio keys, and any other action stops the speech or moves it on.
  useEffect(() => {
    let lastMove = -Infinity;
    let echo: ReturnType<typeof setTimeout> | undefined;
    const inControls = (t: EventTarget | null) => t instanceof Element && t.closest('.audio-controls') !== null;
    const echoFocused = (el: Element | null) => {
      if (!(el instanceof HTMLElement) || el === document.body) return;
      const name = spokenName(el, content.ui, lang);
      if (!name) return;
      const elLang = (el.closest('[lang]')?.getAttribute('lang') ?? lang) === 'es' ? 'es' : 'en';
      speakerRef.current?.play([{ text: sayText(name, elLang === lang ? words : readingWords(content.ui, elLang)), lang: elLang }]);
    };
    const onKey = (e: KeyboardEvent) => {
      const key = audioKeyOf(e);
      if (key === 'toggle') {
        e.preventDefault();
        controls.toggle();
        return;
      }
      if (!live.current.on) return;
      if (key) {
        e.preventDefault();
        controls[key]();
        return;
      }
      if (MOVE_KEYS.has(e.key)) {
        lastMove = performance.now();
        return;
      }
      lastMove = -Infinity;
      if ((e.key === 'Enter' || e.key === ' ') && !inControls(e.target)) {
        speakerRef.current?.stop();
        // A press that changed no screen (a toggle, a letter with no new list): say the control again.
        const target = e.target;
        clearTimeout(echo);
        echo = setTimeout(() => {
          if (speakerRef.current?.current === 'idle' && document.activeElement === target) echoFocused(document.activeElement);
        }, ECHO_AFTER_PRESS_MS);
        return;
      }
      if (e.key === 'Escape') speakerRef.current?.stop();
    };
    const onFocus = (e: FocusEvent) => {
      if (!live.current.on || performance.now() - lastMove > MOVE_ECHO_WINDOW_MS) return;
      // A heading that takes focus with a new screen is the read-out's, not a move.
      if (e.target instanceof HTMLElement && e.target.tabIndex < 0) return;
      echoFocused(e.target as Element);
    };
    const onPointer = (e: PointerEvent) => {
      if (live.current.on && !inControls(e.target)) speakerRef.current?.stop();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      clearTimeout(echo);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [controls, content.ui, lang, words]);

  const audio: AudioModeState = { on, choice: chosen?.choice ?? null, available, speaking, rate, unavailableNotice, controls };
  return (
    <AudioModeContext value={audio}>
      <SpokenViewsContext value={views}>{children}</SpokenViewsContext>
    </AudioModeContext>
  );
}
