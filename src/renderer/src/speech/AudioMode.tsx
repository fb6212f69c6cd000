import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fill } from '../../../shared/i18n';
import type { KioskApi } from '../../../shared/ipc';
import {
  DEFAULT_SPEECH_RATE,
  SPEECH_RATES,
  speakableHelp,
  speakableScreen,
  type RegionView,
  type SpeakableState,
  type SpokenScreen,
  type Utterance,
} from '../../../shared/speech';
import { useKiosk } from '../kiosk-context';
import { questionsFor } from '../../../shared/machine';
import { AudioModeContext, SpokenViewsContext, type AudioControls, type AudioModeState, type SpokenViews } from './audio-context';
import { canSpeak, chooseSpeechEngine, type ChosenSpeech } from './choose-engine';
import { Speaker, type SpeakerState } from './speaker';
import { useAudioKeys } from './use-audio-keys';

/** One engine choice per page load (StrictMode mounts twice; main should log the choice once). */
const chosenFor = new WeakMap<KioskApi, Promise<ChosenSpeech>>();
function choose(api: KioskApi): Promise<ChosenSpeech> {
  let p = chosenFor.get(api);
  if (!p) chosenFor.set(api, (p = chooseSpeechEngine(window, api.speech)));
  return p;
}

const NOTICE_MS = 8000;

interface Props {
  api: KioskApi;
  screen: SpokenScreen;
  /** "Are you still there?" is up. */
  warning: boolean;
  /** "Start over?" is open over the screen. */
  startOver: boolean;
  children: ReactNode;
}

/**
 * Audio mode: the one place where speech is started. Each screen is read when it appears
 * (the read-out follows the screen change, not each component), a change inside a screen
 * (a letter, a ZIP digit) reads just that part, the control the visitor moves to is named,
 * and any key or touch stops or moves the speech on. The words all come from
 * speakableScreen in src/shared/speech.
 */
export function AudioMode({ api, screen, warning, startOver, children }: Props) {
  const { content, snapshot, send, lang, plan } = useKiosk();
  const on = snapshot.context.prefs.audio;
  const { answers, printError, warningMs } = snapshot.context;
  // "Step n of N" counts only the questions this visitor is asked, as the screen does.
  const asked = questionsFor(snapshot.context);

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
      startOver,
      regionView: view,
      asked,
    }),
    // The screen object is rebuilt every render; its content is what counts.
    [JSON.stringify(screen), answers, printError, warning, startOver, warningMs, JSON.stringify(view ?? null), asked.join()],
  );
  // Only while audio is on: reading the checklist aloud works out what its QR code holds (QR
  // encodes), which cost every visitor's Confirm tap ~20 ms while nobody was listening.
  const spoken = useMemo(() => (on ? speakableScreen(state, content, plan, lang) : []), [on, state, content, plan, lang]);
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
    const main = JSON.stringify([state.screen, Boolean(state.idleWarning), Boolean(state.startOver), lang, v?.view ?? null, v?.view === 'zip' ? v.state : null]);
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

  const isOn = useCallback(() => live.current.on, []);
  useAudioKeys({ controls, speaker: speakerRef, isOn, ui: content.ui, lang });

  const audio: AudioModeState = { on, choice: chosen?.choice ?? null, available, speaking, rate, unavailableNotice, controls };
  return (
    <AudioModeContext value={audio}>
      <SpokenViewsContext value={views}>{children}</SpokenViewsContext>
    </AudioModeContext>
  );
}
