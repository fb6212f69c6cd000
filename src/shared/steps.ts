import { QUESTIONS } from './answers';
import type { QuestionId } from './machine';

/**
 * "Step n of N", counting only the questions this visitor is asked (`asked`, from the
 * machine's questionsFor); the destination question counts as part of "where you live".
 */
export function stepOf(q: QuestionId, asked: readonly QuestionId[] = QUESTIONS): { step: number; total: number } {
  const steps = asked.filter((x) => x !== 'destination');
  const at: QuestionId = q === 'destination' ? 'region' : q;
  return { step: Math.max(0, steps.indexOf(at)) + 1, total: steps.length };
}
