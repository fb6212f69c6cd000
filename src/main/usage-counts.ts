import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { UsageEvent } from '../shared/ipc';

/**
 * Usage counts only: how many sessions, checklists and prints per day and per task. No
 * answers beyond the task category, no times finer than a day, nothing about a person.
 */
export type UsageCounts = Record<string, Record<string, number>>; // day → "event[:task]" → count

export interface UsageCounter {
  record(event: UsageEvent): void;
  snapshot(): UsageCounts;
}

export function createUsageCounter(file: string, today: () => string = () => new Date().toISOString().slice(0, 10)): UsageCounter {
  let counts: UsageCounts = readCounts(file);
  return {
    record(event) {
      const day = today();
      const key = event.task ? `${event.type}:${event.task}` : event.type;
      const dayCounts = (counts[day] ??= {});
      dayCounts[key] = (dayCounts[key] ?? 0) + 1;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify(counts, null, 1));
        renameSync(`${file}.tmp`, file);
      } catch {
        // Counting is best effort; a write failure must not disturb a visitor.
      }
    },
    snapshot: () => structuredClone(counts),
  };
}

function readCounts(file: string): UsageCounts {
  try {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const out: UsageCounts = {};
    for (const [day, v] of Object.entries(raw as Record<string, unknown>)) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || typeof v !== 'object' || v === null) continue;
      out[day] = Object.fromEntries(
        Object.entries(v as Record<string, unknown>).filter((e): e is [string, number] => Number.isInteger(e[1])),
      );
    }
    return out;
  } catch {
    return {};
  }
}
