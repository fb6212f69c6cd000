import { useKiosk } from '../kiosk-context';
import './audio.css';

/** On the welcome screen, in both languages: how to start audio mode. */
export function AudioHint() {
  const { content } = useKiosk();
  const hint = content.ui['attract.audio'];
  if (!hint) return null;
  return (
    <p className="attract-audio" data-testid="audio-hint">
      <span className="audio-icon" aria-hidden="true" />
      <span className="attract-audio-text">
        <span lang="en">{hint.en}</span> <span lang="es" className="attract-es">{hint.es}</span>
      </span>
    </p>
  );
}
