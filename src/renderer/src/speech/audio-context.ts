import { createContext, useContext, useEffect } from 'react';
import type { RegionView, SpeechChoice } from '../../../shared/speech';
import type { SpeakerState } from './speaker';

/**
 * What audio mode shares with the screens: its state and controls (one hook, vxsuite's
 * useAudioControls), and a way for the "where?" question to say which of its views is up.
 */
export interface AudioControls {
  toggle(): void;
  repeat(): void;
  pause(): void;
  slower(): void;
  faster(): void;
  help(): void;
}

export interface AudioModeState {
  /** Audio mode is on (a visitor preference in the machine). */
  on: boolean;
  /** null while the engine is being chosen at startup. */
  choice: SpeechChoice | null;
  /** The visitor's language can be spoken on this kiosk. */
  available: boolean;
  speaking: SpeakerState;
  rate: number;
  /** "Audio is not available" is on screen after the visitor asked for audio. */
  unavailableNotice: boolean;
  controls: AudioControls;
}

export const AudioModeContext = createContext<AudioModeState | null>(null);

export interface SpokenViews {
  setRegionView(view: RegionView | undefined): void;
  setZipDigits(digits: string): void;
}

/** Stable setters, in their own context so reporting a view never re-renders the screen. */
export const SpokenViewsContext = createContext<SpokenViews | null>(null);

/** The audio controls and state, for the visible buttons and the staff panel (engine, voices); null outside <AudioMode>. */
export function useAudioControls(): AudioModeState | null {
  return useContext(AudioModeContext);
}

/** The "where?" question reports what it shows (letter strip, a list, the ZIP pad), so speech reads the same. */
export function useSpokenRegionView(view: RegionView | undefined): void {
  const views = useContext(SpokenViewsContext);
  const key = JSON.stringify(view ?? null);
  useEffect(() => {
    views?.setRegionView(view);
    // `key` stands for `view`: a new object with the same content is not a change.
  }, [views, key]);
  useEffect(() => () => views?.setRegionView(undefined), [views]);
}

/** The ZIP pad reports the digits typed so far (they are read back one by one as typed). */
export function useSpokenZipDigits(digits: string): void {
  const views = useContext(SpokenViewsContext);
  useEffect(() => {
    views?.setZipDigits(digits);
  }, [views, digits]);
  useEffect(() => () => views?.setZipDigits(''), [views]);
}
