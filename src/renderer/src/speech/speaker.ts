import { DEFAULT_SPEECH_RATE, type Utterance } from '../../../shared/speech';
import type { SpeechEngine } from './engine';

export type SpeakerState = 'idle' | 'speaking' | 'paused';

/**
 * Plays a list of utterances one after another on an engine, and is what the audio controls
 * act on: stop, pause (the sentence in progress starts again on resume), a new rate (the
 * current sentence starts again at that rate), repeat. Starting a new list cuts the old one
 * off at once: the visitor acted, so the speech moves on.
 */
export class Speaker {
  private list: Utterance[] = [];
  private index = 0;
  private run = 0;
  private state: SpeakerState = 'idle';
  private rate = DEFAULT_SPEECH_RATE;
  private readonly engine: SpeechEngine;
  private readonly onState: (s: SpeakerState) => void;

  constructor(engine: SpeechEngine, onState: (s: SpeakerState) => void = () => undefined) {
    this.engine = engine;
    this.onState = onState;
  }

  get current(): SpeakerState {
    return this.state;
  }

  /** Speaks `list` from its start (cutting off whatever was being said). */
  play(list: Utterance[]): void {
    this.engine.stop();
    this.list = list;
    this.index = 0;
    void this.loop(++this.run);
  }

  stop(): void {
    this.run += 1;
    this.engine.stop();
    this.list = [];
    this.set('idle');
  }

  togglePause(): void {
    if (this.state === 'speaking') {
      this.run += 1;
      this.engine.stop();
      this.set('paused');
    } else if (this.state === 'paused') {
      void this.loop(++this.run);
    }
  }

  /** A new rate; says `announce` first (e.g. "Speed 125 percent"), then goes on from the current sentence. */
  setRate(rate: number, announce: Utterance[] = []): void {
    this.rate = rate;
    const rest = this.state === 'idle' ? [] : this.list.slice(this.index);
    this.play([...announce, ...rest]);
  }

  private set(s: SpeakerState): void {
    if (s === this.state) return;
    this.state = s;
    this.onState(s);
  }

  private async loop(run: number): Promise<void> {
    this.set(this.index < this.list.length ? 'speaking' : 'idle');
    while (run === this.run && this.index < this.list.length) {
      const saying = this.engine.speak(this.list[this.index]!, this.rate);
      const next = this.list[this.index + 1];
      if (next) this.engine.prepare?.(next, this.rate);
      await saying;
      if (run !== this.run) return; // stopped, paused or replaced: that call owns the state now
      this.index += 1;
    }
    if (run === this.run) this.set('idle');
  }
}
