/**
 * "Use these services": turns an audit into Cloudcraft's policy for the services the pasted policy
 * covers (EC2 always in), and the difference between the two in exact actions.
 */
import type { Catalog } from '../../../catalog/catalog';
import type { EditionId } from '../../../catalog/types';
import { compareText } from '../../compare';
import { MANAGED_POLICY_LIMIT, measurePolicy } from '../../policy-parts';
import {
  buildPolicy,
  buildPolicyDocument,
  type PolicyDocument,
  type PolicyMode,
  type PolicyModel,
} from '../../policy';
import { normaliseSelection, type Selection } from '../../selection';
import type { PolicyAnalysis } from './analysis-types';

/** The policy to replace the pasted one with, and what changes. */
export interface PolicyUpgrade {
  editionId: EditionId;
  /** The edition's label and date, for the commands' header. */
  edition: { label: string; date: string };
  mode: PolicyMode;
  /** The covered services, in catalog order, with EC2. */
  selection: Selection;
  model: PolicyModel;
  document: PolicyDocument;
  /** Characters as IAM counts them (white space excluded). */
  size: number;
  /** False when the document exceeds one managed policy's 6,144 characters. */
  fitsOneManagedPolicy: boolean;
  /** Exact actions the new policy grants and the pasted one does not, sorted. */
  added: string[];
  /** Exact actions the pasted policy grants and the new one does not, sorted. */
  removed: string[];
}

/** Builds the upgrade: the edition's policy for the covered services, and the exact-action diff. */
export function buildUpgrade(
  catalog: Catalog,
  analysis: PolicyAnalysis,
  editionId: EditionId,
  mode: PolicyMode,
): PolicyUpgrade {
  const { selection } = normaliseSelection(catalog, analysis.coveredServiceIds);
  const model = buildPolicy(catalog, selection, editionId, { mode });
  const document = buildPolicyDocument(model.grants);
  const size = measurePolicy(document);
  const before = new Set(analysis.allowed.map((a) => a.action.toLowerCase()));
  const after = new Set(model.exactActions.map((a) => a.toLowerCase()));
  const { label, date } = catalog.getEdition(editionId);
  return {
    editionId,
    edition: { label, date },
    mode,
    selection,
    model,
    document,
    size,
    fitsOneManagedPolicy: size <= MANAGED_POLICY_LIMIT,
    added: model.exactActions.filter((a) => !before.has(a.toLowerCase())),
    removed: analysis.allowed
      .map((a) => a.action)
      .filter((a) => !after.has(a.toLowerCase()))
      .sort(compareText),
  };
}
