import { useState } from 'react';
import type { RegionAnswer } from '../../../shared/answers';
import { useKiosk } from '../kiosk-context';
import { TouchButton } from '../components/TouchButton';
import { ZipKeypad } from '../components/ZipKeypad';
import { baseLetter, lettersOf, withLetter } from '../lib/letters';

/**
 * "Where do you live?" (or "moving to") in a staff-assisted session, compact: the letter
 * strip and that letter's states, then territories, overseas areas and "not sure", all on
 * the screen at once. A state with border ZIP codes offers the optional ZIP keypad, as the
 * walk-up screen does, so the same answers (ZIP included) give the same checklist.
 */
export function AssistedRegion({ question, onAnswered }: { question: 'region' | 'destination'; onAnswered: (q: 'region' | 'destination') => void }) {
  const { content, snapshot, send, t, lang } = useKiosk();
  const current = snapshot.context.answers[question];
  const { states, territories, overseasAreas } = content.regions;
  const currentState = current?.kind === 'state' ? states.find((s) => s.code === current.code) : undefined;
  const [letter, setLetter] = useState<string | null>(currentState ? baseLetter(currentState.name[lang]) : null);
  const [zipFor, setZipFor] = useState<string | null>(null);
  const answer = (value: RegionAnswer) => {
    send({ type: 'ANSWER', question, value });
    // A state with border ZIP codes stays open for the optional ZIP; anything else is done.
    const state = value.kind === 'state' ? states.find((s) => s.code === value.code) : undefined;
    if (!state?.carveOut || value.kind !== 'state' || value.zip !== undefined) onAnswered(question);
  };
  const letters = lettersOf(states.map((s) => s.name[lang]));
  const shown = letter ? withLetter(states, (s) => s.name[lang], letter, lang) : [];
  const zipState = zipFor ? states.find((s) => s.code === zipFor) : undefined;

  return (
    <div className="assisted-region">
      <div className="letters assisted-letters" role="group" aria-label={t(question === 'destination' ? 'region.lettersDestination' : 'region.letters')}>
        {letters.map((l) => (
          <TouchButton key={l} variant="key" className="letter" pressed={letter === l} onPress={() => setLetter(l)} testId={`${question}-letter-${l}`}>
            {l}
          </TouchButton>
        ))}
      </div>
      {letter ? (
        <div className="assisted-choices" role="group" aria-label={t('region.statesWith', { letter })}>
          {shown.map((s) => (
            <TouchButton
              key={s.code}
              variant="choice"
              className="assisted-choice"
              pressed={current?.kind === 'state' && current.code === s.code}
              onPress={() => answer({ kind: 'state', code: s.code })}
              testId={`${question}-state-${s.code}`}
            >
              <span className="choice-label">{s.name[lang]}</span>
            </TouchButton>
          ))}
        </div>
      ) : null}
      {currentState?.carveOut ? (
        <TouchButton variant="secondary" className="assisted-zip" onPress={() => setZipFor(currentState.code)} testId={`${question}-zip`}>
          {current?.kind === 'state' && current.zip ? t('assisted.zipChange', { zip: current.zip }) : t('assisted.zipAdd')}
        </TouchButton>
      ) : null}
      <div className="assisted-choices" role="group" aria-label={t('region.other')}>
        {territories.map((x) => (
          <TouchButton
            key={x.code}
            variant="choice"
            className="assisted-choice"
            pressed={current?.kind === 'territory' && current.code === x.code}
            onPress={() => answer({ kind: 'territory', code: x.code })}
            testId={`${question}-territory-${x.code}`}
          >
            <span className="choice-label">{x.name[lang]}</span>
          </TouchButton>
        ))}
        {overseasAreas.map((a) => (
          <TouchButton
            key={a.id}
            variant="choice"
            className="assisted-choice"
            pressed={current?.kind === 'overseas' && current.area === a.id}
            onPress={() => answer({ kind: 'overseas', area: a.id })}
            testId={`${question}-area-${a.id}`}
          >
            <span className="choice-label">{a.name[lang]}</span>
          </TouchButton>
        ))}
        <TouchButton
          variant="choice"
          className="assisted-choice choice-unsure"
          pressed={current?.kind === 'unsure'}
          onPress={() => answer({ kind: 'unsure' })}
          testId={`${question}-unsure`}
        >
          <span className="choice-label">{t('region.unsure')}</span>
        </TouchButton>
      </div>
      {zipState ? (
        <div className="staff-overlay assisted-zip-dialog" role="dialog" aria-modal="true" aria-labelledby="assisted-zip-title">
          <div className="staff-card">
            <h2 id="assisted-zip-title">{t('zip.title')}</h2>
            <p className="staff-lead">{t('zip.lead', { state: zipState.name[lang] })}</p>
            <ZipKeypad
              initial={current?.kind === 'state' && current.code === zipState.code ? (current.zip ?? '') : ''}
              state={zipState}
              onDone={(zip) => {
                answer(zip ? { kind: 'state', code: zipState.code, zip } : { kind: 'state', code: zipState.code });
                setZipFor(null);
              }}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
