/** First-letter search for the state list (the screen and its speech both use it): letters are compared without accents ("É" is "E"). */

export function baseLetter(name: string): string {
  return name.trim().charAt(0).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
}

/** The letters that start at least one name, in alphabetical order (only those are offered). */
export function lettersOf(names: readonly string[]): string[] {
  return [...new Set(names.map(baseLetter))].filter((l) => /^[A-Z]$/.test(l)).sort();
}

/** The items whose name starts with `letter`, sorted by name in the visitor's language. */
export function withLetter<T>(items: readonly T[], name: (item: T) => string, letter: string, locale: string): T[] {
  return items
    .filter((i) => baseLetter(name(i)) === letter)
    .sort((a, b) => name(a).localeCompare(name(b), locale));
}
