/** One audit, start to end: read the pasted text, then analyse it against an edition. */
import type { ActionIndex } from '../../../catalog/action-index';
import type { Catalog } from '../../../catalog/catalog';
import type { EditionId } from '../../../catalog/types';
import { readPastedPolicy } from '../policy/read-pasted-policy';
import type { ParseResult } from '../types';
import { analysePolicy } from './analyse-policy';
import type { PolicyAnalysis } from './analysis-types';

/** What an audit found: the parse and the analysis against an edition. */
export interface AuditResult {
  parse: ParseResult;
  analysis: PolicyAnalysis;
}

/** Audits pasted text against an edition, expanding its patterns with the full action index. */
export function runAudit(
  catalog: Catalog,
  index: ActionIndex,
  text: string,
  editionId: EditionId,
): AuditResult {
  const parse = readPastedPolicy(text);
  return { parse, analysis: analysePolicy(catalog, parse, index, editionId) };
}
