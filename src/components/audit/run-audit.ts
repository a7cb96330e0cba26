/** One audit, start to end: load the action index, read the pasted text, analyse it. */
import { loadActionIndex } from '../../catalog/action-index';
import { bundledCatalog } from '../../catalog/bundled';
import type { EditionId } from '../../catalog/types';
import { analysePolicy, type PolicyAnalysis } from '../../core/audit/analyse-policy';
import type { ParseResult } from '../../core/audit/types';
import { readPastedPolicy } from './read-pasted-policy';

/** What an audit found: the parse and the analysis against an edition. */
export interface AuditResult {
  parse: ParseResult;
  analysis: PolicyAnalysis;
}

/** What the page asks the audit worker. */
export interface AuditRequest {
  id: number;
  text: string;
  editionId: EditionId;
}

/** What the audit worker answers. */
export type AuditResponse =
  { id: number; ok: true; result: AuditResult } | { id: number; ok: false; error: string };

/** Audits pasted text against an edition (in the audit worker, or in the page where none runs). */
export async function runAudit(text: string, editionId: EditionId): Promise<AuditResult> {
  const index = await loadActionIndex();
  const parse = readPastedPolicy(text);
  return { parse, analysis: analysePolicy(bundledCatalog, parse, index, editionId) };
}
