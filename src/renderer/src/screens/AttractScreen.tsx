import type { Lang } from '../../../shared/i18n';
import { useKiosk } from '../kiosk-context';
import { ScreenHeading, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';
import type { UiKey } from '../lib/text';
import { AudioHint } from '../speech/AudioHint';

/** The welcome screen speaks both languages at once; each start button also picks the language. */
export function AttractScreen() {
  const { content, send, snapshot } = useKiosk();
  // The default language (a staff setting) comes first.
  const langs: Lang[] = snapshot.context.defaultLang === 'es' ? ['es', 'en'] : ['en', 'es'];
  const both = (key: UiKey) => content.ui[key] ?? { en: key, es: key };
  const start = (lang: Lang) => {
    send({ type: 'SET_LANG', lang });
    send({ type: 'START' });
  };
  const title = both('attract.title');
  const lead = both('attract.lead');
  const tap = both('attract.start');
  const inLang = both('attract.inLanguage');
  const disclaimer = both('app.disclaimer');
  return (
    <Shell className="attract">
      <div className="attract-hero">
        <span className="attract-mark" aria-hidden="true" />
        <ScreenHeading className="attract-title">
          <span lang="en">{title.en}</span>
          <span lang="es" className="attract-es">
            {title.es}
          </span>
        </ScreenHeading>
        <p className="attract-lead">
          <span lang="en">{lead.en}</span>
          <span lang="es" className="attract-es">
            {lead.es}
          </span>
        </p>
        <div className="attract-start">
          {langs.map((lang) => (
            <TouchButton key={lang} variant="primary" className="start-button" lang={lang} onPress={() => start(lang)} testId={`start-${lang}`}>
              <span className="start-label">{tap[lang]}</span>
              <span className="start-lang">{inLang[lang]}</span>
            </TouchButton>
          ))}
        </div>
        <AudioHint />
      </div>
      <p className="disclaimer">
        <span lang="en">{disclaimer.en}</span> <span lang="es">{disclaimer.es}</span>
      </p>
    </Shell>
  );
}
