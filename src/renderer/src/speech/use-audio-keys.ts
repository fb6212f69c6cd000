import { useEffect, useMemo, type RefObject } from 'react';
import type { UiStrings } from '../../../shared/content/schema';
import type { Lang } from '../../../shared/i18n';
import { readingWords, sayText } from '../../../shared/speech';
import type { AudioControls } from './audio-context';
import { audioKeyOf, MOVE_KEYS } from './keys';
import type { Speaker } from './speaker';
import { spokenName } from './spoken-name';

/** After Enter on a control that changes nothing else (a toggle), its new state is spoken. */
const ECHO_AFTER_PRESS_MS = 120;
/** A focus change this soon after a move key (and before any other key) was that key's doing: say where it landed. */
const MOVE_ECHO_WINDOW_MS = 250;

interface Options {
  controls: AudioControls;
  speaker: RefObject<Speaker | null>;
  isOn: () => boolean;
  ui: UiStrings;
  lang: Lang;
}

/**
 * Keys and touches in audio mode: the audio keys (A works even with audio off), the control a
 * move key lands on is named, and any other key or touch stops the speech — the new screen,
 * if there is one, is then read by the read-out.
 */
export function useAudioKeys({ controls, speaker, isOn, ui, lang }: Options): void {
  const words = useMemo(() => readingWords(ui, lang), [ui, lang]);
  useEffect(() => {
    let lastMove = -Infinity;
    let echo: ReturnType<typeof setTimeout> | undefined;
    const inControls = (t: EventTarget | null) => t instanceof Element && t.closest('.audio-controls') !== null;
    const echoFocused = (el: Element | null) => {
      if (!(el instanceof HTMLElement) || el === document.body) return;
      const name = spokenName(el, ui, lang);
      if (!name) return;
      // A control written in the other language (the welcome screen's start buttons) is said in that language.
      const elLang: Lang = (el.closest('[lang]')?.getAttribute('lang') ?? lang) === 'es' ? 'es' : 'en';
      speaker.current?.play([{ text: sayText(name, elLang === lang ? words : readingWords(ui, elLang)), lang: elLang }]);
    };
    const onKey = (e: KeyboardEvent) => {
      const key = audioKeyOf(e);
      if (key === 'toggle') {
        e.preventDefault();
        controls.toggle();
        return;
      }
      if (!isOn()) return;
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
        speaker.current?.stop();
        // A press that changed no screen (a toggle): say the control again, with its new state.
        const target = e.target;
        clearTimeout(echo);
        echo = setTimeout(() => {
          if (speaker.current?.current === 'idle' && document.activeElement === target) echoFocused(document.activeElement);
        }, ECHO_AFTER_PRESS_MS);
        return;
      }
      if (e.key === 'Escape') speaker.current?.stop();
    };
    const onFocus = (e: FocusEvent) => {
      if (!isOn() || performance.now() - lastMove > MOVE_ECHO_WINDOW_MS) return;
      // A heading that takes focus with a new screen is the read-out's, not a move.
      if (e.target instanceof HTMLElement && e.target.tabIndex < 0) return;
      echoFocused(e.target as Element);
    };
    const onPointer = (e: PointerEvent) => {
      if (isOn() && !inControls(e.target)) speaker.current?.stop();
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
  }, [controls, speaker, isOn, ui, lang, words]);
}
