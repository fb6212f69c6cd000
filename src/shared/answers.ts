/**
 * What a visitor answered. Ids refer to items in data/ (tasks, beneficiaries, credentials,
 * states, territories, overseas areas), so adding an option is a content change, not a code
 * change. Nothing here identifies a person: no names, SSNs, DoD IDs, birth dates or passwords.
 */
export type RegionAnswer =
  /** A U.S. state or DC by its two-letter code; `zip` only if the visitor chose to enter one. */
  | { kind: 'state'; code: string; zip?: string }
  /** A U.S. territory (PR, GU, VI, AS, MP) by code. */
  | { kind: 'territory'; code: string }
  /** Outside the U.S., by TRICARE Overseas Program area id. */
  | { kind: 'overseas'; area: string }
  /** The visitor does not know or does not want to say. */
  | { kind: 'unsure' };

export interface Answers {
  task?: string;
  /** Where the visitor lives now (for a move: where they live before the move). */
  region?: RegionAnswer;
  /** Only for tasks whose content sets `askDestination`: where they are moving to. */
  destination?: RegionAnswer;
  beneficiary?: string;
  credential?: string;
}

/** The four questions, in the order the kiosk asks them. */
export const QUESTIONS = ['task', 'region', 'beneficiary', 'credential'] as const;
export type Question = (typeof QUESTIONS)[number];

/**
 * What a plan is built from: the task, and the answers to the questions that task asks. A
 * question whose answer cannot change the plan is not asked (src/shared/plan/relevance.ts),
 * so its answer may be missing; buildPlan and the IPC schema accept that.
 */
export type CompleteAnswers = Answers & { task: string };

/** All four questions answered (whatever the task needs; see questionsFor in the machine). */
export function isComplete(a: Answers): a is CompleteAnswers & Required<Pick<Answers, 'region' | 'beneficiary' | 'credential'>> {
  return a.task !== undefined && a.region !== undefined && a.beneficiary !== undefined && a.credential !== undefined;
}
