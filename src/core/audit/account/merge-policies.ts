/**
 * A role's access is the union of its policies: IAM allows what any of them allows and denies what
 * any of them denies. The audit therefore reads a role's policies as one document holding all their
 * statements, in order, and audits it exactly as a pasted policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { POLICY_VERSION } from '../policy/read-policy';
import { isObject, listOf } from './plain-json';

/** One policy to merge: what to call it in messages, and its document (a parsed object). */
export interface PolicyToMerge {
  label: string;
  document: unknown;
}

/** Where a merged policy's statements went, or why it added none. */
export type MergedPart = { first: number; count: number; warning?: string } | { problem: string };

/** The merged document's text, and one entry per policy, in the order given. */
export interface MergedPolicy {
  text: string;
  parts: MergedPart[];
}

function indent(text: string): string {
  return text.replace(/^/gm, '    ');
}

/** Merges policy documents into one with every statement of each, in order (numbered from 1). */
export function mergePolicies(policies: readonly PolicyToMerge[]): MergedPolicy {
  const statements: string[] = [];
  const parts = policies.map(({ label, document }): MergedPart => {
    if (!isObject(document)) return { problem: `${label} is not a policy document.` };
    if (!Object.hasOwn(document, 'Statement')) {
      return { problem: `${label} has no "Statement": it grants nothing.` };
    }
    const first = statements.length + 1;
    for (const s of listOf(document.Statement)) statements.push(indent(JSON.stringify(s, null, 2)));
    const part = { first, count: statements.length - first + 1 };
    const version = document.Version;
    if (version === POLICY_VERSION) return part;
    const said =
      version === undefined ? 'has no "Version"' : `has "Version" ${JSON.stringify(version)}`;
    const warning = `${label} ${said}: IAM reads policy variables such as \${aws:username} in it only under "${POLICY_VERSION}". The audit counts its actions all the same.`;
    return { ...part, warning };
  });
  const text = [
    '{',
    `  "Version": "${POLICY_VERSION}",`,
    '  "Statement": [',
    statements.join(',\n'),
    '  ]',
    '}',
    '',
  ]
    .filter((_line, i) => i !== 3 || statements.length > 0)
    .join('\n');
  return { text, parts };
}
