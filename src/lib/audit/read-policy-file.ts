/** Reads a chosen or dropped file for the audit, refusing one over 1 MB before reading it. */
import { MAX_INPUT_BYTES } from '../../core/audit/policy/input-limit';
import { formatCount } from '../../core/count-text';

/** The file's text, or why it was not read. */
export type FileRead = { text: string } | { error: string };

/** Reads a file as text; checks its size first, so a huge file is never loaded. */
export async function readPolicyFile(file: File): Promise<FileRead> {
  if (file.size > MAX_INPUT_BYTES) {
    const mb = (file.size / MAX_INPUT_BYTES).toFixed(1);
    return {
      error: `“${file.name}” is ${mb} MB (${formatCount(file.size)} bytes), more than the 1 MB the audit reads, so it was not read. A managed policy holds at most 6,144 characters: choose one policy.`,
    };
  }
  try {
    return { text: await file.text() };
  } catch (error) {
    return { error: `“${file.name}” could not be read (${String(error)}).` };
  }
}
