/**
 * Runs audits in a Web Worker, one at a time: a new request while one runs stops the old worker,
 * so a slow audit never delays the next. Where no Worker exists (tests), audits run in the page.
 */
import type { EditionId } from '../../catalog/types';
import type { AuditContext, AuditResult } from '../../core/audit/analysis/run-audit';
import type { AuditRequest, AuditResponse } from './bundled-audit';

/** Runs audits; `dispose` stops the worker. */
export interface AuditRunner {
  audit: (text: string, editionId: EditionId, context: AuditContext) => Promise<AuditResult>;
  dispose: () => void;
}

function startWorker(): Worker {
  return new Worker(new URL('./audit.worker.ts', import.meta.url), {
    type: 'module',
    name: 'policy-audit',
  });
}

/** Creates a runner backed by a worker, or by the page when workers are unavailable. */
export function createAuditRunner(): AuditRunner {
  if (typeof Worker === 'undefined') {
    const audit = async (text: string, editionId: EditionId, context: AuditContext) =>
      (await import('./bundled-audit')).runBundledAudit(text, editionId, context);
    return { audit, dispose: () => undefined };
  }
  // Started now, so that it reads the action index while the user pastes.
  let worker: Worker | undefined = startWorker();
  let pending: { id: number; reject: (error: Error) => void } | undefined;
  let nextId = 0;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    pending?.reject(new Error('superseded'));
    pending = undefined;
  };
  const audit = (text: string, editionId: EditionId, context: AuditContext) => {
    if (pending) stop();
    const current = (worker ??= startWorker());
    const id = ++nextId;
    return new Promise<AuditResult>((resolve, reject) => {
      pending = { id, reject };
      current.onmessage = ({ data }: MessageEvent<AuditResponse>) => {
        if (data.id !== id) return;
        pending = undefined;
        if (data.ok) resolve(data.result);
        else reject(new Error(data.error));
      };
      current.onerror = (event) => {
        pending = undefined;
        worker = undefined;
        current.terminate();
        reject(new Error(event.message || 'the audit worker failed'));
      };
      current.postMessage({ id, text, editionId, context } satisfies AuditRequest);
    });
  };
  return { audit, dispose: stop };
}
