/**
 * Builds src/catalog/generated/baseline-documents.json: the baselines' current documents, which the
 * audit expands when a pasted role has one attached, exactly as if the document had been pasted.
 * Each policy's ARN must be the one the page names it by (`baseline-policies.ts`), so that a pasted
 * `arn:aws:iam::aws:policy/...` finds its document.
 */
import type { BaselineDocument, BaselineDocumentsData } from '../../src/catalog/baseline-documents';
import {
  BASELINE_NAMES,
  baselineArn,
  type BaselineName,
} from '../../src/catalog/baseline-policies';
import type { BaselinesData } from '../../src/catalog/baselines';
import { BaselineError, type ManagedPolicySource } from './baselines';

const isBaselineName = (name: string): name is BaselineName =>
  (BASELINE_NAMES as readonly string[]).includes(name);

/** The documents data, or a `BaselineError` naming every policy that is not a known baseline. */
export function buildBaselineDocuments(
  generatedBy: string,
  policies: readonly ManagedPolicySource[],
  policyData: BaselinesData['policyData'],
): BaselineDocumentsData {
  const problems: string[] = [];
  const documents: BaselineDocument[] = [];
  for (const { name, arn, versionId, versionDate, document } of policies) {
    if (!isBaselineName(name)) {
      problems.push(`${name} is not one of the baselines (${BASELINE_NAMES.join(', ')})`);
      continue;
    }
    if (arn !== baselineArn(name))
      problems.push(`${name}: its ARN is ${arn}, but the page names it ${baselineArn(name)}`);
    documents.push({ name, arn, versionId, versionDate, document });
  }
  if (problems.length > 0) throw new BaselineError(problems);
  const { package: pkg, version } = policyData;
  return { generatedBy, policyData: { package: pkg, version }, documents };
}

/** The file's text: indented, one action per line, so a data update diffs as the lines it changes. */
export function renderBaselineDocuments(data: BaselineDocumentsData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
