/**
 * Runs the audit when asked (never on each keystroke), in a Web Worker so that even a pathological
 * 1 MB policy cannot freeze the page. Only reads the page's choices; never changes the selection.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditionId } from '../catalog/types';
import { createAuditRunner, type AuditRunner } from '../lib/audit/audit-runner';
import type { AuditContext, AuditResult } from '../core/audit/analysis/run-audit';

/** One audit: what was audited, against which edition and page context, and what it found. */
export interface AuditRun extends AuditResult {
  /** Changes with every run, so that views keyed on it start afresh. */
  id: number;
  text: string;
  editionId: EditionId;
  context: AuditContext;
}

/** The latest audit, whether one is running, and why the last one failed, if it did. */
export function useAudit() {
  const [run, setRun] = useState<AuditRun>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const runner = useRef<AuditRunner>(undefined);
  const latest = useRef(0);

  useEffect(() => {
    const current = createAuditRunner();
    runner.current = current;
    return () => current.dispose();
  }, []);

  /** Audits `text` against `editionId` in the page's context; a newer request supersedes this one. */
  const audit = useCallback(async (text: string, editionId: EditionId, context: AuditContext) => {
    const id = ++latest.current;
    setBusy(true);
    setError(undefined);
    try {
      runner.current ??= createAuditRunner();
      const result = await runner.current.audit(text, editionId, context);
      if (id === latest.current) setRun({ id, text, editionId, context, ...result });
    } catch (failure) {
      if (id === latest.current) setError(`The audit failed (${String(failure)}).`);
    } finally {
      if (id === latest.current) setBusy(false);
    }
  }, []);

  return { run, busy, error, audit };
}
