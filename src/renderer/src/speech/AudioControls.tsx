import { TouchButton } from '../components/TouchButton';
import { useKiosk } from '../kiosk-context';
import { useAudioControls } from './audio-context';
import { KEY_LABELS, type AudioKey } from './keys';
import './audio.css';

/** A control's name with its key beside it (the key is for the eyes; the name is what is announced). */
function Control({ k, label, onPress, pressed }: { k: AudioKey; label: string; onPress: () => void; pressed?: boolean }) {
  return (
    <TouchButton variant="quiet" className={`audio-button audio-${k}`} onPress={onPress} pressed={pressed} testId={`audio-${k}`}>
      {k === 'toggle' ? <span className="audio-icon" aria-hidden="true" /> : null}
      <span className="audio-label">{label}</span>
      <kbd aria-hidden="true">{KEY_LABELS[k]}</kbd>
    </TouchButton>
  );
}

/**
 * On every screen, in the top bar: the Audio button (key A). With audio on, also Repeat,
 * Pause, Slower, Faster and Help, each with its key. Volume stays with the visitor: the
 * headphones' own control or the kiosk's volume keys.
 */
export function AudioControls() {
  const { t } = useKiosk();
  const audio = useAudioControls();
  if (!audio) return null;
  const { on, available, choice, speaking, rate, unavailableNotice, controls } = audio;
  return (
    <div className="audio-controls" role="group" aria-label={t('audio.controls')} data-audio={on ? 'on' : 'off'}>
      <Control k="toggle" label={t('audio.toggle')} onPress={controls.toggle} pressed={on} />
      {on ? (
        <>
          <Control k="repeat" label={t('audio.repeat')} onPress={controls.repeat} />
          <Control k="pause" label={t(speaking === 'paused' ? 'audio.resume' : 'audio.pause')} onPress={controls.pause} />
          <Control k="slower" label={t('audio.slower')} onPress={controls.slower} />
          <Control k="faster" label={t('audio.faster')} onPress={controls.faster} />
          <Control k="help" label={t('audio.help')} onPress={controls.help} />
          <span className="audio-rate" data-testid="audio-rate">
            {Math.round(rate * 100)}%
          </span>
        </>
      ) : null}
      {unavailableNotice && choice !== null && !available ? (
        <p className="audio-unavailable" role="status" data-testid="audio-unavailable">
          {t('audio.unavailable')}
        </p>
      ) : null}
    </div>
  );
}
