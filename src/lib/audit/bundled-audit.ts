/**
 * The audit on the page's data: the bundled catalog, the action index, and the baselines' documents
 * when a pasted role has one attached; the index and the documents load on demand. The audit worker
 * runs it, and so does the page where no Worker exists; this is the messages' shape.
 */
import { loadActionIndex } from '../../catalog/action-index';
import { loadBaselineDocuments } from '../../catalog/baseline-documents';
import { bundledCatalog } from '../../catalog/bundled';
import type { EditionId } from '../../catalog/types';
import {
  auditInput,
  baselinesNeeded,
  readAuditInput,
  type AuditContext,
  type AuditResult,
} from '../../core/audit/analysis/run-audit';

/** What the page asks the audit worker. */
export interface AuditRequest {
  id: number;
  text: string;
  editionId: EditionId;
  context: AuditContext;
}

/** What the audit worker answers. */
export type AuditResponse =
  { id: number; ok: true; result: AuditResult } | { id: number; ok: false; error: string };

/** Audits pasted text against an edition of the bundled catalog, loading what it needs first. */
export async function runBundledAudit(
  text: string,
  editionId: EditionId,
  context: AuditContext,
): Promise<AuditResult> {
  const input = readAuditInput(text, context);
  const [index, baselines] = await Promise.all([
    loadActionIndex(),
    baselinesNeeded(input).length > 0 ? loadBaselineDocuments() : undefined,
  ]);
  return auditInput(bundledCatalog, index, input, editionId, baselines?.documents ?? []);
}
