/**
 * Finds the policy document in what was pasted: a bare document, the output of
 * `aws iam get-policy-version` (`{ "PolicyVersion": { "Document": ... } }`, the Document an object as
 * the CLI prints it or a URL-encoded string as the API returns it), the output of
 * `aws iam get-role-policy` (`{ "RoleName", "PolicyName", "PolicyDocument" }`, likewise), or a JSON
 * string holding a policy.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html
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
  rolePolicy?: ParseResult['rolePolicy'];
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
  if (root.kind !== 'object' || member(root, 'Statement')) {
    return { kind: 'document', document: { value: root, text } };
  }
  const wrapper = member(root, 'PolicyVersion');
  if (wrapper) return readPolicyVersion(wrapper, text, findings);
  const rolePolicy = member(root, 'PolicyDocument');
  if (rolePolicy) return readRolePolicy(root, rolePolicy, text, findings);
  return { kind: 'document', document: { value: root, text } };
}

/** get-role-policy output: the inline policy's document, and which role and policy it is. */
function readRolePolicy(
  root: JsonObject,
  document: JsonValue,
  text: string,
  findings: FindingList,
): PolicyInput {
  const names: NonNullable<PolicyInput['rolePolicy']> = {};
  const roleName = member(root, 'RoleName');
  const policyName = member(root, 'PolicyName');
  if (roleName?.kind === 'string') names.roleName = roleName.value;
  if (policyName?.kind === 'string') names.policyName = policyName.value;
  const policy =
    names.policyName === undefined
      ? 'an inline policy'
      : `the inline policy ${quote(names.policyName)}`;
  const role = names.roleName === undefined ? '' : ` of role ${quote(names.roleName)}`;
  findings.add(
    'info',
    'role-policy',
    `Read ${policy}${role} from aws iam get-role-policy output. A role gets the union of all its policies: to audit them together, paste aws iam get-account-authorization-details output (see “What to paste”).`,
  );
  const read = readDocument(document, 'PolicyDocument', text, findings);
  return { kind: 'get-role-policy', rolePolicy: names, ...(read ? { document: read } : {}) };
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
  const read = readDocument(document, 'Document', text, findings);
  return read ? { kind, policyVersion, document: read } : { kind, policyVersion };
}

/** A document inside CLI output: an object as the CLI prints it, or a (URL-encoded) string. */
function readDocument(
  document: JsonValue,
  name: string,
  text: string,
  findings: FindingList,
): PolicyInput['document'] {
  if (document.kind === 'object') {
    return { value: document, text: text.slice(document.offset, document.end) };
  }
  if (document.kind === 'string') return readDocumentString(document.value, findings);
  findings.add(
    'error',
    'document-type',
    `"${name}" must be the policy, as an object or a URL-encoded string, not ${describeValue(document)}.`,
    { offset: document.offset },
  );
  return undefined;
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
