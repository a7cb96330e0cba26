/**
 * Finds the policy document in what was pasted: a bare document, the output of
 * `aws iam get-policy-version` (`{ "PolicyVersion": { "Document": ... } }`, the Document an object as
 * the CLI prints it or a URL-encoded string as the API returns it), or a JSON string holding a policy.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html
 */
import type { FindingList } from '../findings';
import { describeValue, member } from './json-access';
import type { JsonObject, JsonValue } from '../json/json-value';
import { quote } from '../json/json-text';
import { readJsonText, stripBom } from '../json/read-json';
import type { ParseResult, PolicyInputKind } from '../types';

/** The policy document found in the input, and where it came from. */
export interface PolicyInput {
  kind: PolicyInputKind;
  /** The document's JSON tree and text; absent when none could be read. */
  document?: { value: JsonValue; text: string };
  policyVersion?: ParseResult['policyVersion'];
}

/** Unwraps CLI output and string-encoded documents; anything else is taken as the document itself. */
export function unwrapInput(root: JsonValue, text: string, findings: FindingList): PolicyInput {
  if (root.kind === 'string' && /^\s*(\{|%7b)/i.test(root.value)) {
    findings.add(
      'info',
      'document-string',
      'The input is a JSON string holding the policy; the audit read the policy inside it.',
    );
    return { kind: 'document', document: readDocumentString(root.value, findings) };
  }
  const wrapper =
    root.kind === 'object' && !member(root, 'Statement')
      ? member(root, 'PolicyVersion')
      : undefined;
  if (!wrapper) return { kind: 'document', document: { value: root, text } };
  return readPolicyVersion(wrapper, text, findings);
}

type PolicyVersionInfo = NonNullable<PolicyInput['policyVersion']>;

/** Reads `VersionId` and `IsDefaultVersion`, and says what was read. */
function readVersionInfo(value: JsonObject, findings: FindingList): PolicyVersionInfo {
  const versionId = member(value, 'VersionId');
  const isDefault = member(value, 'IsDefaultVersion');
  const info: PolicyVersionInfo = {};
  if (versionId?.kind === 'string') info.versionId = versionId.value;
  if (isDefault?.kind === 'boolean') info.isDefaultVersion = isDefault.value;
  const id = info.versionId;
  const version =
    id === undefined ? 'a policy version' : `version ${/^v\d+$/.test(id) ? id : quote(id)}`;
  findings.add(
    'info',
    'policy-version',
    `Read ${version} from aws iam get-policy-version output. That output does not include the policy's ARN: enter it above the upgrade script, or give it to the script as its argument.`,
  );
  if (info.isDefaultVersion === false) {
    findings.add(
      'warning',
      'policy-version-not-default',
      "This is not the policy's default version, so IAM does not apply it. Paste the default version to audit what Cloudcraft gets.",
    );
  }
  return info;
}

function readPolicyVersion(value: JsonValue, text: string, findings: FindingList): PolicyInput {
  const kind = 'get-policy-version';
  if (value.kind !== 'object') {
    findings.add(
      'error',
      'policy-version-type',
      `"PolicyVersion" must be an object holding "Document", not ${describeValue(value)}.`,
      { offset: value.offset },
    );
    return { kind };
  }
  const document = member(value, 'Document');
  if (!document) {
    findings.add(
      'error',
      'policy-version-no-document',
      '"PolicyVersion" has no "Document": paste the output of aws iam get-policy-version (list-policy-versions does not include documents).',
      { offset: value.offset },
    );
    return { kind };
  }
  const policyVersion = readVersionInfo(value, findings);
  if (document.kind === 'object') {
    const documentText = text.slice(document.offset, document.end);
    return { kind, policyVersion, document: { value: document, text: documentText } };
  }
  if (document.kind === 'string') {
    return { kind, policyVersion, document: readDocumentString(document.value, findings) };
  }
  findings.add(
    'error',
    'document-type',
    `"Document" must be the policy, as an object or a URL-encoded string, not ${describeValue(document)}.`,
    { offset: document.offset },
  );
  return { kind, policyVersion };
}

/** Reads a document held in a JSON string: URL-decoded unless it already starts with `{`. */
function readDocumentString(raw: string, findings: FindingList): PolicyInput['document'] {
  let text = raw;
  if (!/^\s*\{/.test(raw)) {
    try {
      text = decodeURIComponent(raw);
    } catch {
      findings.add(
        'error',
        'document-encoding',
        'The Document is neither JSON nor valid URL encoding (a "%" must be followed by two hexadecimal digits of UTF-8); paste the output of aws iam get-policy-version unchanged.',
      );
      return undefined;
    }
    if (text !== raw) {
      findings.add(
        'info',
        'document-url-encoded',
        'The Document is URL-encoded, as the IAM API returns it; the audit decoded it.',
      );
    }
  }
  text = stripBom(text, 'The Document', findings);
  findings.readIn(text);
  const value = readJsonText(text, ' in the Document', findings);
  return value ? { value, text } : undefined;
}
