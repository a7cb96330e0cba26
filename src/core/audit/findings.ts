/** Collecting findings: located in the text they point at, and capped so a huge paste stays readable. */
import { createLocator, type TextLocation } from './json/json-text';
import type { Finding, Severity } from './types';
import { formatCount } from '../count-text';

/** Findings of one kind listed before the rest are summed up in one line. */
export const FINDINGS_PER_CODE = 25;

/** Where a finding points: a statement, an action, an offset in the current text. */
export interface FindingPlace {
  statementIndex?: number;
  action?: string;
  offset?: number;
}

/** Collects findings for one parse or analysis, locating offsets in the text being read. */
export class FindingList {
  private readonly list: Finding[] = [];
  private readonly counts = new Map<string, { severity: Severity; count: number }>();
  private locate: ((offset: number) => TextLocation) | undefined;

  /** Points later offsets at this text (the input, or a decoded document inside it). */
  readIn(text: string): void {
    this.locate = createLocator(text);
  }

  /** The line and column of an offset in the current text. */
  where(offset: number): TextLocation {
    return this.locate?.(offset) ?? { line: 1, column: offset + 1 };
  }

  add(severity: Severity, code: string, message: string, place: FindingPlace = {}): void {
    const seen = this.counts.get(code) ?? { severity, count: 0 };
    seen.count++;
    this.counts.set(code, seen);
    if (seen.count > FINDINGS_PER_CODE) return;
    const finding: Finding = { severity, code, message };
    if (place.statementIndex !== undefined) finding.statementIndex = place.statementIndex;
    if (place.action !== undefined) finding.action = place.action;
    if (place.offset !== undefined) Object.assign(finding, this.where(place.offset));
    this.list.push(finding);
  }

  /** The findings, with one summary line per kind that was cut off. */
  done(): Finding[] {
    const summaries: Finding[] = [];
    for (const [code, { severity, count }] of this.counts) {
      if (count <= FINDINGS_PER_CODE) continue;
      const more = formatCount(count - FINDINGS_PER_CODE);
      summaries.push({
        severity,
        code,
        message: `${more} more findings like the ones above (${code}) are not listed.`,
      });
    }
    return [...this.list, ...summaries];
  }
}

/** `Statement 2`, for messages (statements count from 1 for people). */
export function statementLabel(index: number): string {
  return `Statement ${index + 1}`;
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
