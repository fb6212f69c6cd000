export { speakableScreen, speakableHelp, spokenStep, placeName } from './screen';
export { PRINT_ERROR_KEYS } from '../print-messages';
export type { SpeakableState, SpokenScreen, RegionView } from './screen';
export { speakPlan } from './checklist';
export { readingWords, sayAddress, sayPhone, sayText, pronounceable, parseLexicon, spell, type ReadingWords } from './read-aloud';
export { MAX_UTTERANCE_CHARS, splitLong, type Utterance, type SpokenPart } from './utterance';
export * from './contract';
