/** Reads a chosen or dropped file for the audit, refusing one over 1 MB before reading it. */
import {
  authorizationDetailsTooLarge,
  looksLikeAuthorizationDetails,
} from '../../core/audit/account/account-commands';
import { MAX_INPUT_BYTES } from '../../core/audit/policy/input-limit';
import { formatCount } from '../../core/count-text';

/** The file's text, or why it was not read. */
export type FileRead = { text: string } | { error: string };

/**
 * Reads a file as text; checks its size first, so a huge file is never loaded (only its start, to
 * tell get-account-authorization-details output, which has a narrower command, from a policy).
 */
export async function readPolicyFile(file: File, accountId: string): Promise<FileRead> {
  try {
    if (file.size > MAX_INPUT_BYTES) {
      const size = `${(file.size / MAX_INPUT_BYTES).toFixed(1)} MB (${formatCount(file.size)} bytes)`;
      if (looksLikeAuthorizationDetails(await file.slice(0, 65_536).text())) {
        return { error: `“${file.name}”: ${authorizationDetailsTooLarge(size, accountId)}` };
      }
      return {
        error: `“${file.name}” is ${size}, more than the 1 MB the audit reads, so it was not read. A managed policy holds at most 6,144 characters: choose one policy.`,
      };
    }
    return { text: await file.text() };
  } catch (error) {
    return { error: `“${file.name}” could not be read (${String(error)}).` };
  }
}
