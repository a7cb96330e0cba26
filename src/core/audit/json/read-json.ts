/** Turns pasted text into a JSON tree, or into findings that say where and why it is not JSON. */
import type { FindingList } from '../findings';
import { parseJson } from './parse-json';
import type { JsonValue } from './json-value';
import { quote } from './json-text';

/** Deepest nesting of arrays and objects the audit reads; a policy needs about 8. */
export const MAX_JSON_DEPTH = 64;

/** Removes a leading byte-order mark, which JSON does not allow, with an info finding. */
export function stripBom(text: string, where: string, findings: FindingList): string {
  if (text.charCodeAt(0) !== 0xfeff) return text;
  findings.add(
    'info',
    'bom-stripped',
    `${where} starts with a byte-order mark (U+FEFF), which JSON does not allow; the audit removed it.`,
  );
  return text.slice(1);
}

/**
 * Parses JSON text the findings are located in. `label` names the text in messages (empty for the
 * input itself, ` in the Document` for a document inside CLI output).
 */
export function readJsonText(
  text: string,
  label: string,
  findings: FindingList,
): JsonValue | undefined {
  const result = parseJson(text, MAX_JSON_DEPTH);
  if (!result.ok) {
    const { offset, kind, detail } = result.problem;
    const { line, column } = findings.where(offset);
    if (kind === 'depth') {
      findings.add(
        'error',
        'json-too-deep',
        `The JSON${label} is nested more than ${MAX_JSON_DEPTH} levels deep (line ${line}, column ${column}); a policy needs far fewer, so it was not read.`,
        { offset },
      );
    } else {
      findings.add(
        'error',
        'json-invalid',
        `Invalid JSON${label} at line ${line}, column ${column}: ${detail}.`,
        { offset },
      );
    }
    return undefined;
  }
  for (const { key, offset } of result.duplicates) {
    const { line, column } = findings.where(offset);
    findings.add(
      'warning',
      'duplicate-key',
      `Duplicate key ${quote(key)}${label} at line ${line}, column ${column}: only its last value is read (as JSON.parse does) and the earlier one is ignored. Keep one of them.`,
      { offset },
    );
  }
  return result.value;
}
