import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuditRunner } from './audit-runner';
import type { AuditResult } from '../../core/audit/analysis/run-audit';
import type { AuditRequest, AuditResponse } from './bundled-audit';

/** A stand-in for the audit worker: records requests and answers when the test says. */
class FakeWorker {
  static started: FakeWorker[] = [];
  requests: AuditRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<AuditResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(request: AuditRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: AuditResponse) {
    this.onmessage?.({ data: response } as MessageEvent<AuditResponse>);
  }
}

const result = { kind: 'document', findings: [], subjects: [] } as unknown as AuditResult;
const context = { accountId: '968898580625', roleName: 'cloudcraft' };

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('createAuditRunner', () => {
  it('audits in a worker, reusing it between audits', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = createAuditRunner();
    expect(FakeWorker.started).toHaveLength(1);
    const first = runner.audit('{}', 'custom-20230818', context);
    const [worker] = FakeWorker.started;
    expect(worker?.requests).toEqual([
      { id: 1, text: '{}', editionId: 'custom-20230818', context },
    ]);
    worker?.answer({ id: 1, ok: true, result });
    await expect(first).resolves.toBe(result);
    const second = runner.audit('[]', 'minimal-2025-01', context);
    worker?.answer({ id: 2, ok: false, error: 'broken' });
    await expect(second).rejects.toThrow('broken');
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('stops a running audit when a new one starts, so the newest answers first', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = createAuditRunner();
    const slow = runner.audit('slow', 'custom-20230818', context);
    const fast = runner.audit('fast', 'custom-20230818', context);
    await expect(slow).rejects.toThrow('superseded');
    const [first, second] = FakeWorker.started;
    expect(first?.terminated).toBe(true);
    second?.answer({ id: 2, ok: true, result });
    await expect(fast).resolves.toBe(result);
    runner.dispose();
    expect(second?.terminated).toBe(true);
  });
});
