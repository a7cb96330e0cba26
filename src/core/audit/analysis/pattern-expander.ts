/**
 * Expands a policy's action patterns with the full action index, reporting patterns that match
 * nothing. Wildcard matching costs time in proportion to the actions it scans and the stars in the
 * pattern, so a work budget keeps a hostile 1 MB paste from stalling the page: patterns past it are
 * not expanded, and one error finding says the figures undercount.
 */
import type { ActionIndex, IndexedAction } from '../../../catalog/action-index';
import { hasWildcard } from '../../../catalog/action-pattern';
import { statementLabel, type FindingList } from '../findings';
import { quote } from '../json/json-text';
import type { ParsedStatement } from '../types';
import { byCount, plural } from '../../count-text';

/** Work the audit spends on wildcard patterns: candidate actions times (1 + stars), summed. */
export const EXPANSION_BUDGET = 5_000_000;

/** Extra words for prefixes people often expect to exist. */
const PREFIX_HINTS = new Map([
  ['neptune', " Neptune's management actions use the rds: prefix (neptune-db: is its data plane)."],
  ['docdb', " DocumentDB's management actions use the rds: prefix."],
]);

/** Expands patterns for one analysis, within the work budget. */
export class PatternExpander {
  private left = EXPANSION_BUDGET;
  private skipped = 0;
  private skippedStatements = 0;
  private readonly charged = new Set<string>();

  constructor(
    readonly index: ActionIndex,
    private readonly findings: FindingList,
  ) {}

  private cost(pattern: string): number {
    if (pattern === '*' || !hasWildcard(pattern)) return 1;
    const colon = pattern.indexOf(':');
    const prefix = colon < 0 ? '*' : pattern.slice(0, colon);
    const candidates = hasWildcard(prefix)
      ? this.index.actionCount
      : this.index.actionsOfPrefix(prefix).length;
    return candidates * (1 + (pattern.match(/\*/g)?.length ?? 0));
  }

  /** The actions a pattern matches; reports one that matches nothing or exceeds the budget. */
  expand(pattern: string, statement: ParsedStatement): readonly IndexedAction[] {
    const key = pattern.toLowerCase();
    if (!this.charged.has(key)) {
      const cost = this.cost(key);
      if (cost > this.left) {
        this.skipped++;
        return [];
      }
      this.left -= cost;
      this.charged.add(key);
    }
    const actions = this.index.expand(pattern);
    if (actions.length === 0) this.reportNoMatch(pattern, statement);
    return actions;
  }

  /**
   * Spends budget on work other than matching (a NotAction statement goes over every action); false,
   * and the statement is counted as left out, when the budget cannot pay for it.
   */
  afford(units: number): boolean {
    if (units > this.left) {
      this.skippedStatements++;
      return false;
    }
    this.left -= units;
    return true;
  }

  private reportNoMatch(pattern: string, statement: ParsedStatement): void {
    const label = statementLabel(statement.index);
    const place = { statementIndex: statement.index, action: pattern };
    const date = this.index.dataset.updatedAt.slice(0, 10);
    const prefix = pattern.slice(0, pattern.indexOf(':')).toLowerCase();
    if (!hasWildcard(prefix) && !this.index.hasPrefix(prefix)) {
      this.findings.add(
        'warning',
        'unknown-prefix',
        `${label}: ${quote(pattern)} names no AWS service: ${quote(prefix)} is not an IAM service prefix (AWS data of ${date}), so it matches no action.${PREFIX_HINTS.get(prefix) ?? ''}`,
        place,
      );
      return;
    }
    this.findings.add(
      'warning',
      'matches-nothing',
      `${label}: ${quote(pattern)} matches no IAM action (AWS data of ${date}): it is misspelt, or AWS renamed or retired the action.`,
      place,
    );
  }

  /** Adds the budget finding when patterns were left unexpanded. */
  finish(): void {
    if (this.skippedStatements > 0) {
      const n = this.skippedStatements;
      this.findings.add(
        'error',
        'expansion-budget',
        `The policy has too many different NotAction statements for the audit to evaluate: ${plural(n, 'statement')} ${byCount(n, 'was', 'were')} left out, so what it grants is miscounted. Real policies have far fewer.`,
      );
    }
    if (this.skipped === 0) return;
    this.findings.add(
      'error',
      'expansion-budget',
      `The policy has too many wildcard patterns for the audit to expand: ${plural(this.skipped, 'pattern')} ${byCount(this.skipped, 'was', 'were')} not expanded, so what it grants is undercounted. Real policies have far fewer.`,
    );
  }
}
