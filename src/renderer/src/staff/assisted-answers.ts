import type { Answers, RegionAnswer } from '../../../shared/answers';
import type { Content } from '../../../shared/content/load';
import type { Lang } from '../../../shared/i18n';
import type { QuestionId } from '../../../shared/machine';

/**
 * An answer in words for the staff-assisted screen, before the checklist exists (the plan's
 * summary says the same once every question is answered). From the content's own labels.
 */
export function regionName(r: RegionAnswer, content: Content, lang: Lang, unsure: string): string {
  switch (r.kind) {
    case 'state': {
      const name = content.regions.states.find((s) => s.code === r.code)?.name[lang] ?? r.code;
      return r.zip ? `${name} (${r.zip})` : name;
    }
    case 'territory':
      return content.regions.territories.find((t) => t.code === r.code)?.name[lang] ?? r.code;
    case 'overseas':
      return content.regions.overseasAreas.find((a) => a.id === r.area)?.name[lang] ?? r.area;
    case 'unsure':
      return content.regions.unsure?.label[lang] ?? unsure;
  }
}

export function answerLabel(q: QuestionId, answers: Answers, content: Content, lang: Lang, unsure: string): string | null {
  switch (q) {
    case 'task':
      return answers.task ? (content.tasks.find((t) => t.id === answers.task)?.label[lang] ?? answers.task) : null;
    case 'beneficiary':
      return answers.beneficiary ? (content.beneficiaries.find((b) => b.id === answers.beneficiary)?.label[lang] ?? answers.beneficiary) : null;
    case 'credential':
      return answers.credential ? (content.credentials.find((c) => c.id === answers.credential)?.label[lang] ?? answers.credential) : null;
    case 'region':
    case 'destination': {
      const r = answers[q];
      return r ? regionName(r, content, lang, unsure) : null;
    }
  }
}
