import { z } from 'zod';

/**
 * The staff PIN: digits only (typed on the on-screen keypad, no keyboard assumed), 6 to 12 of
 * them. Six digits is a million guesses; with the growing delay in rate-limit.ts a guesser
 * at the kiosk gets a handful of tries an hour after the first ten.
 */
export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 12;

export const PinSchema = z
  .string()
  .regex(new RegExp(`^\\d{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`), `must be ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits`);

export function isValidPin(pin: string): boolean {
  return PinSchema.safeParse(pin).success;
}
