import { useState } from 'react';
import type { RegionAnswer } from '../../../shared/answers';
import type { State } from '../../../shared/content/schema';
import { questionGuide } from '../../../shared/plan/relevance';
import { useKiosk } from '../kiosk-context';
import { Choice } from '../components/Choice';
import { QuestionHead } from '../components/Progress';
import { QuestionNav, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';
import { ZipKeypad } from '../components/ZipKeypad';
import { baseLetter, lettersOf, withLetter } from '../lib/letters';
import { useSpokenRegionView } from '../speech/audio-context';

type Mode = { view: 'states' } | { view: 'overseas' } | { view: 'territory' } | { view: 'zip'; state: State };

/**
 * "Where do you live?" (and, for a move, "Where are you moving to?"): states by first letter,
 * U.S. territories, the three overseas areas, or "not sure". A state whose border ZIP codes
 * belong partly to the other region (content: carveOut) offers an optional ZIP keypad.
 * The sub-views (letter, territory list, keypad) are only what the finger is pointing at;
 * the answer itself goes to the machine.
 */
export function RegionScreen({ question }: { question: 'region' | 'destination' }) {
  const { content, snapshot, send, t, lang } = useKiosk();
  const current = snapshot.context.answers[question];
  const { states, territories, overseasAreas } = content.regions;
  const name = (s: State) => s.name[lang];

  const currentState = current?.kind === 'state' ? states.find((s) => s.code === current.code) : undefined;
  const [letter, setLetter] = useState<string | null>(currentState ? baseLetter(name(currentState)) : null);
  const [mode, setMode] = useState<Mode>({ view: 'states' });
  useSpokenRegionView(mode.view === 'zip' ? { view: 'zip', state: mode.state.code, digits: '' } : mode.view === 'states' ? { view: 'states', letter } : { view: mode.view });

  const answer = (value: RegionAnswer) => send({ type: 'ANSWER', question, value });
  // The ZIP keypad only where East versus West can change this visitor's checklist (derived from content).
  const task = snapshot.context.answers.task;
  const borders = task !== undefined && questionGuide(content).borders(question, { ...snapshot.context.answers, task });
  const chooseState = (s: State) => (s.carveOut && borders ? setMode({ view: 'zip', state: s }) : answer({ kind: 'state', code: s.code }));
  const back = mode.view === 'states' ? undefined : () => setMode({ view: 'states' });
  const destination = question === 'destination';
  const title = t(destination ? 'region.titleDestination' : 'region.title');

  let body;
  if (mode.view === 'zip') {
    const s = mode.state;
    const initial = current?.kind === 'state' && current.code === s.code ? (current.zip ?? '') : '';
    body = (
      <>
        <QuestionHead key="zip" question={question} title={t('zip.title')} />
        <p className="lead">{t('zip.lead', { state: name(s) })}</p>
        <ZipKeypad
          initial={initial}
          onDone={(zip) => answer(zip ? { kind: 'state', code: s.code, zip } : { kind: 'state', code: s.code })}
        />
      </>
    );
  } else if (mode.view === 'overseas' || mode.view === 'territory') {
    const overseas = mode.view === 'overseas';
    body = (
      <>
        <QuestionHead key={mode.view} question={question} title={t(overseas ? 'region.overseasTitle' : 'region.territoryTitle')} />
        <div className="choices choices-list">
          {overseas
            ? overseasAreas.map((a) => (
                <Choice
                  key={a.id}
                  label={a.name[lang]}
                  hint={a.hint[lang]}
                  selected={current?.kind === 'overseas' && current.area === a.id}
                  onPress={() => answer({ kind: 'overseas', area: a.id })}
                  testId={`area-${a.id}`}
                />
              ))
            : territories.map((x) => (
                <Choice
                  key={x.code}
                  label={x.name[lang]}
                  selected={current?.kind === 'territory' && current.code === x.code}
                  onPress={() => answer({ kind: 'territory', code: x.code })}
                  testId={`territory-${x.code}`}
                />
              ))}
        </div>
      </>
    );
  } else {
    const letters = lettersOf(states.map(name));
    const shown = letter ? withLetter(states, name, letter, lang) : [];
    body = (
      <>
        <QuestionHead key="states" question={question} title={title} />
        <p className="lead">{t(destination ? 'region.lettersDestination' : 'region.letters')}</p>
        <div className="letters" role="group" aria-label={t(destination ? 'region.lettersDestination' : 'region.letters')}>
          {letters.map((l) => (
            <TouchButton key={l} variant="key" className="letter" pressed={letter === l} onPress={() => setLetter(l)} testId={`letter-${l}`}>
              {l}
            </TouchButton>
          ))}
        </div>
        <section className="state-list" aria-live="polite" aria-label={letter ? t('region.statesWith', { letter }) : title}>
          {letter ? (
            <div className="choices choices-states">
              {shown.map((s) => (
                <Choice
                  key={s.code}
                  label={name(s)}
                  selected={current?.kind === 'state' && current.code === s.code}
                  onPress={() => chooseState(s)}
                  testId={`state-${s.code}`}
                />
              ))}
            </div>
          ) : (
            <p className="state-list-empty">{t('region.pickLetter')}</p>
          )}
        </section>
        <section className="region-other" aria-labelledby={`${question}-other`}>
          <h2 id={`${question}-other`} className="section-label">
            {t('region.other')}
          </h2>
          <div className="choices choices-row">
            <Choice
              label={t('region.overseas')}
              hint={t('region.overseasHint')}
              selected={current?.kind === 'overseas'}
              onPress={() => setMode({ view: 'overseas' })}
              testId="region-overseas"
            />
            <Choice
              label={t('region.territory')}
              hint={t('region.territoryHint')}
              selected={current?.kind === 'territory'}
              onPress={() => setMode({ view: 'territory' })}
              testId="region-territory"
            />
            <Choice
              label={t('region.unsure')}
              hint={t('region.unsureHint')}
              selected={current?.kind === 'unsure'}
              unsure
              onPress={() => answer({ kind: 'unsure' })}
              testId="region-unsure"
            />
          </div>
        </section>
      </>
    );
  }

  return (
    <Shell className={`question region region-${mode.view}`} footer={<QuestionNav onBack={back} />}>
      {body}
    </Shell>
  );
}
