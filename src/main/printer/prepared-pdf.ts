import type { PaperSize, PrintRequest } from '../../shared/ipc';

/**
 * The checklist PDF rendered ahead: the renderer asks for it when the checklist is shown
 * (print:prepare), so the visitor's Print tap only hands finished bytes to the spooler
 * instead of waiting for HTML → PDF first.
 *
 * One entry, the latest checklist: a changed language or answer replaces it, and so does a
 * new session (forget), so no earlier visitor's checklist stays in memory. The entry is keyed
 * by everything that changes the page (answers, language, staff copy, paper, the printed
 * day); the number of copies does not change the page, so it is not part of the key.
 */
export interface PreparedPdfs {
  /** Starts rendering the PDF for `request` (unless the same one is rendered or rendering already). */
  prepare(request: PrintRequest, paper: PaperSize, now: Date): void;
  /** The PDF rendered ahead for exactly this request, or undefined (then the caller renders). */
  take(request: PrintRequest, paper: PaperSize, now: Date): Promise<Uint8Array> | undefined;
  /** Drops the entry (a new session started, the kiosk settings changed). */
  forget(): void;
}

export function createPreparedPdfs(render: (request: PrintRequest, now: Date) => Promise<Uint8Array>): PreparedPdfs {
  let entry: { key: string; pdf: Promise<Uint8Array> } | undefined;
  return {
    prepare(request, paper, now) {
      const key = pageKey(request, paper, now);
      if (entry?.key === key) return;
      const pdf = render(request, now);
      // A failed render ahead is not the visitor's problem: Print renders again.
      const mine = { key, pdf };
      pdf.catch(() => {
        if (entry === mine) entry = undefined;
      });
      entry = mine;
    },
    take(request, paper, now) {
      const key = pageKey(request, paper, now);
      return entry?.key === key ? entry.pdf : undefined;
    },
    forget() {
      entry = undefined;
    },
  };
}

/** What decides the printed page; keys in a fixed order so two equal requests give one key. */
export function pageKey(request: PrintRequest, paper: PaperSize, now: Date): string {
  const day = `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
  return stableJson({ answers: request.answers, lang: request.lang, staffCopy: request.staffCopy === true, paper, day });
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
