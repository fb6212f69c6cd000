export { buildPlan } from './build-plan';
export type * from './types';
