/**
 * The audit on the page's data: the bundled catalog and the action index, which loads on demand.
 * The audit worker runs it, and so does the page where no Worker exists; this is the messages' shape.
 */
import { loadActionIndex } from '../../catalog/action-index';
import { bundledCatalog } from '../../catalog/bundled';
import type { EditionId } from '../../catalog/types';
import { runAudit, type AuditResult } from '../../core/audit/analysis/run-audit';

/** What the page asks the audit worker. */
export interface AuditRequest {
  id: number;
  text: string;
  editionId: EditionId;
}

/** What the audit worker answers. */
export type AuditResponse =
  { id: number; ok: true; result: AuditResult } | { id: number; ok: false; error: string };

/** Audits pasted text against an edition of the bundled catalog, loading the index first. */
export async function runBundledAudit(text: string, editionId: EditionId): Promise<AuditResult> {
  const index = await loadActionIndex();
  return runAudit(bundledCatalog, index, text, editionId);
}
