/** Moved to src/shared so the spoken screen (src/shared/speech) lists the same states the strip shows. */
export { baseLetter, lettersOf, withLetter } from '../../../shared/letters';
