/**
 * The {placeholder} vocabulary shared by data/ and the planner. Data may only use these
 * names, so a typo in a template is a load error, not a "{contractr}" on a printed page.
 */

/** Filled from the visitor's answers and the region they resolve to. */
export const CONTEXT_PLACEHOLDERS = [
  'task',
  'who',
  'credential',
  /** Where the visitor lives: a state, territory or overseas area name. */
  'place',
  /** Its TRICARE region's name. */
  'region',
  'contractor',
  'contractor.phone',
  'contractor.url',
  /** Destination of a move. */
  'to.place',
  'to.region',
  'to.contractor',
  'to.contractor.phone',
  'to.contractor.url',
  /** The other region of a border state with carve-out ZIP codes. */
  'other.region',
  'other.contractor',
  'other.contractor.phone',
  /** A ZIP code the visitor typed (echoed, never guessed from). */
  'zip',
] as const;

/** Name, address or number of a specific portal or help line, by id. */
export const ID_PLACEHOLDER_PREFIXES = ['portal.', 'url.', 'phone.'] as const;

const PLACEHOLDER = /\{([^{}]*)\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
