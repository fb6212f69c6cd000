import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { RegionAnswer } from '../../../shared/answers';
import type { State } from '../../../shared/content/schema';
import { useKiosk } from '../kiosk-context';
import { AnswerGroup } from '../components/AnswerGroup';
import { Choice } from '../components/Choice';
import { QuestionHead } from '../components/Progress';
import { QuestionNav, SCREEN_TITLE_ID, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';
import { ZipKeypad } from '../components/ZipKeypad';
import { useRovingFocus } from '../hooks/useRovingFocus';
import { baseLetter, lettersOf, withLetter } from '../lib/letters';
import { useSpokenRegionView } from '../speech/audio-context';

type Mode = { view: 'states' } | { view: 'overseas' } | { view: 'territory' } | { view: 'zip'; state: State };

/** The letter strip: one Tab stop, arrow keys between letters, in even rows that fill the width. */
function LetterStrip({
  letters,
  current,
  labelledBy,
  onPick,
}: {
  letters: readonly string[];
  current: string | null;
  labelledBy: string;
  onPick: (letter: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useRovingFocus(ref);
  // The count sets the columns (CSS): one row in landscape, two even rows in portrait.
  const style = { '--letters': letters.length, '--letters-half': Math.ceil(letters.length / 2) } as CSSProperties;
  return (
    <div ref={ref} className="letters" role="group" aria-labelledby={labelledBy} style={style}>
      {letters.map((l) => (
        <TouchButton key={l} variant="key" className="letter" pressed={current === l} onPress={() => onPick(l)} testId={`letter-${l}`}>
          {l}
        </TouchButton>
      ))}
    </div>
  );
}

/** "Not in a U.S. state?": abroad, a territory, or not sure. Always on screen, under the state list. */
function OtherPlaces({ question, current, onMode, onUnsure }: {
  question: 'region' | 'destination';
  current: RegionAnswer | undefined;
  onMode: (view: 'overseas' | 'territory') => void;
  onUnsure: () => void;
}) {
  const { t } = useKiosk();
  const ref = useRef<HTMLDivElement>(null);
  useRovingFocus(ref);
  const headingId = `${question}-other`;
  return (
    <section className="region-other" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-label">
        {t('region.other')}
      </h2>
      <div ref={ref} className="choices choices-row" role="group" aria-labelledby={headingId}>
        <Choice
          label={t('region.overseas')}
          hint={t('region.overseasHint')}
          selected={current?.kind === 'overseas'}
          onPress={() => onMode('overseas')}
          testId="region-overseas"
        />
        <Choice
          label={t('region.territory')}
          hint={t('region.territoryHint')}
          selected={current?.kind === 'territory'}
          onPress={() => onMode('territory')}
          testId="region-territory"
        />
        <Choice
          label={t('region.unsure')}
          hint={t('region.unsureHint')}
          selected={current?.kind === 'unsure'}
          unsure
          onPress={onUnsure}
          testId="region-unsure"
        />
      </div>
    </section>
  );
}

/**
 * "Where do you live?" (and, for a move, "Where are you moving to?"): states by first letter,
 * U.S. territories, the three overseas areas, or "not sure". A state whose border ZIP codes
 * belong partly to the other region (content: carveOut) offers an optional ZIP keypad.
 * The sub-views (letter, territory list, keypad) are only what the finger is pointing at;
 * the answer itself goes to the machine. The state list takes the room that is left and
 * scrolls with a "more" control when a letter has more states than fit; "Not in a U.S.
 * state?" stays put below it.
 */
export function RegionScreen({ question }: { question: 'region' | 'destination' }) {
  const { content, snapshot, send, t, lang, newSubView } = useKiosk();
  const current = snapshot.context.answers[question];
  const { states, territories, overseasAreas } = content.regions;
  const name = (s: State) => s.name[lang];

  const currentState = current?.kind === 'state' ? states.find((s) => s.code === current.code) : undefined;
  const [letter, setLetter] = useState<string | null>(currentState ? baseLetter(name(currentState)) : null);
  const [mode, setMode] = useState<Mode>({ view: 'states' });
  useSpokenRegionView(mode.view === 'zip' ? { view: 'zip', state: mode.state.code, digits: '' } : mode.view === 'states' ? { view: 'states', letter } : { view: mode.view });
  const focusFirstState = useRef(false);
  const statesId = `${question}-states`;

  // A new sub-view is a new screen to a finger (ghost taps) and to a screen reader (its own heading).
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    newSubView();
  }, [mode.view, newSubView]);

  // After a letter is chosen, focus goes to its first state (keyboard and screen-reader users land on the answers).
  useEffect(() => {
    if (!focusFirstState.current) return;
    focusFirstState.current = false;
    document.getElementById(statesId)?.querySelector<HTMLElement>('button')?.focus();
  }, [letter, statesId]);

  const answer = (value: RegionAnswer) => send({ type: 'ANSWER', question, value });
  const chooseState = (s: State) => (s.carveOut ? setMode({ view: 'zip', state: s }) : answer({ kind: 'state', code: s.code }));
  const pickLetter = (l: string) => {
    focusFirstState.current = true;
    setLetter(l);
  };
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
          state={s}
          onDone={(zip) => answer(zip ? { kind: 'state', code: s.code, zip } : { kind: 'state', code: s.code })}
        />
      </>
    );
  } else if (mode.view === 'overseas' || mode.view === 'territory') {
    const overseas = mode.view === 'overseas';
    body = (
      <>
        <QuestionHead key={mode.view} question={question} title={t(overseas ? 'region.overseasTitle' : 'region.territoryTitle')} />
        <AnswerGroup labelledBy={SCREEN_TITLE_ID} listId={`${question}-${mode.view}`}>
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
        </AnswerGroup>
      </>
    );
  } else {
    const letters = lettersOf(states.map(name));
    const shown = letter ? withLetter(states, name, letter, lang) : [];
    const prompt = t(destination ? 'region.lettersDestination' : 'region.letters');
    const promptId = `${question}-letters`;
    body = (
      <>
        <QuestionHead key="states" question={question} title={title} />
        <p className="lead" id={promptId}>
          {prompt}
        </p>
        <LetterStrip letters={letters} current={letter} labelledBy={promptId} onPick={pickLetter} />
        {letter ? (
          <AnswerGroup className="state-list" label={t('region.statesWith', { letter })} listId={statesId}>
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
          </AnswerGroup>
        ) : (
          <p className="state-list-empty">{t('region.pickLetter')}</p>
        )}
        <OtherPlaces
          question={question}
          current={current}
          onMode={(view) => setMode({ view })}
          onUnsure={() => answer({ kind: 'unsure' })}
        />
      </>
    );
  }

  return (
    <Shell className={`question region region-${mode.view}`} footer={<QuestionNav onBack={back} />}>
      {body}
    </Shell>
  );
}
