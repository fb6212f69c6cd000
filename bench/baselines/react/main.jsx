// The bare React 19 page the kiosk is measured against: no state library, no content, no
// validation, no styles. It has what the benches look for in the kiosk: an `.app` with
// `data-screen`, an <h1> per screen, a "Tap to start" button, and screens whose buttons
// ("Choice 1" … "Choice 12", "Start over") each move to another screen (a keyed <main>, so
// the whole screen is replaced like the kiosk's). StrictMode, production build, built by
// electron-vite's renderer preset with the app's minify setting (bench/lib/build.mjs).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const CHOICES = Array.from({ length: 12 }, (_, i) => `Choice ${i + 1}`);

function App() {
  const [step, setStep] = useState(0);
  const screen = step === 0 ? 'attract' : `s${step}`;
  return (
    <div className="app" data-screen={screen}>
      <main key={screen}>
        {step === 0 ? (
          <>
            <h1>Baseline</h1>
            <button type="button" onClick={() => setStep(1)}>
              Tap to start
            </button>
          </>
        ) : (
          <>
            <h1>Screen {step}</h1>
            {CHOICES.map((c) => (
              <button key={c} type="button" onClick={() => setStep(step + 1)}>
                {c}
              </button>
            ))}
            <button type="button" onClick={() => setStep(0)}>
              Start over
            </button>
          </>
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
