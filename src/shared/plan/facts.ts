import type { LocalizedText } from '../i18n';

/** Where a fact came from; every data item a plan uses has one. */
export interface Fact {
  source: string;
  reviewed: string;
  unconfirmed?: boolean;
}

/** Collects the sources and the oldest review date of the facts one plan used. */
export class FactLog {
  private readonly seen = new Set<string>();
  readonly sources: string[] = [];
  oldest = '';

  use(fact: Fact | undefined): void {
    if (!fact) return;
    if (!this.seen.has(fact.source)) {
      this.seen.add(fact.source);
      this.sources.push(fact.source);
    }
    // ISO dates compare correctly as strings.
    if (this.oldest === '' || fact.reviewed < this.oldest) this.oldest = fact.reviewed;
  }
}

export const sameText = (a: LocalizedText, b: LocalizedText): boolean => a.en === b.en && a.es === b.es;
