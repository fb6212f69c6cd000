export { buildPlan } from './build-plan';
export { questionGuide, ASKED_QUESTIONS, type AskedQuestion, type QuestionGuide } from './relevance';
export type * from './types';
