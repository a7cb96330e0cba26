/**
 * The audit, off the page's main thread: a large or pathological policy can take seconds to expand,
 * and the page must stay responsive meanwhile. Reads the action index as soon as it starts.
 */
import { loadActionIndex } from '../../catalog/action-index';
import { runBundledAudit, type AuditRequest, type AuditResponse } from './bundled-audit';

// Read the index while the user is still pasting; a failure is retried by the first audit.
loadActionIndex().catch(() => undefined);

self.onmessage = async ({ data }: MessageEvent<AuditRequest>) => {
  let response: AuditResponse;
  try {
    response = {
      id: data.id,
      ok: true,
      result: await runBundledAudit(data.text, data.editionId, data.context),
    };
  } catch (error) {
    response = { id: data.id, ok: false, error: String(error) };
  }
  self.postMessage(response);
};
