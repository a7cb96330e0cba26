/**
 * Fitting a policy into IAM's managed-policy limits. IAM counts a managed policy's characters without
 * white space, at most 6,144; a role takes 10 managed policies by default.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import type { Catalog } from '../catalog/catalog';
import type { EditionId, ServiceId } from '../catalog/types';
import type { Selection } from './selection';
import {
  buildPolicy,
  buildPolicyDocument,
  type PolicyMode,
  type PolicyDocument,
  type PolicyModel,
  type ServiceGrant,
} from './policy';

/** Maximum characters of a managed policy, white space excluded. */
export const MANAGED_POLICY_LIMIT = 6144;

/** Managed policies a role may have attached by default (the quota can be raised to 20). */
export const DEFAULT_MANAGED_POLICIES_PER_ROLE = 10;

/** One managed policy of a possibly split policy. */
export interface PolicyPart {
  document: PolicyDocument;
  /** Characters as IAM counts them. */
  size: number;
  /** Services whose actions this part holds, in catalog order. */
  serviceIds: ServiceId[];
  /** The grants this part holds (a service split across parts has a share of its actions in each). */
  grants: ServiceGrant[];
}

/** The policy fitted to IAM's limits. */
export interface FittedPolicy {
  /** The whole policy as one document, and its size as IAM counts it. */
  document: PolicyDocument;
  size: number;
  /** One part when the whole fits; otherwise several, each within the limit. */
  parts: PolicyPart[];
  /** True when the parts exceed the default number of managed policies per role. */
  exceedsRoleQuota: boolean;
}

/** Counts a policy document's characters as IAM does: its JSON without white space. */
export function measurePolicy(document: PolicyDocument): number {
  return JSON.stringify(document).replace(/\s/g, '').length;
}

/** How grants become one policy document: the page's grouping, or another layout to measure. */
export type DocumentBuilder = (grants: readonly ServiceGrant[]) => PolicyDocument;

/** Splits one service's grant into chunks that each fit alone, keeping action order. */
function chunkGrant(grant: ServiceGrant, limit: number, build: DocumentBuilder): ServiceGrant[] {
  const emptySize = measurePolicy(build([{ ...grant, actions: [] }]));
  const chunks: ServiceGrant[] = [];
  let actions: string[] = [];
  let size = emptySize;
  for (const action of grant.actions) {
    const cost = JSON.stringify(action).length + (actions.length > 0 ? 1 : 0);
    if (actions.length > 0 && size + cost > limit) {
      chunks.push({ ...grant, actions });
      actions = [];
      size = emptySize;
    }
    size += JSON.stringify(action).length + (actions.length > 0 ? 1 : 0);
    actions.push(action);
  }
  if (actions.length > 0) chunks.push({ ...grant, actions });
  return chunks;
}

/**
 * Splits a policy into managed policies within the limit, deterministically: whole services are packed
 * first-fit, largest first; a service is split only when it alone is too big. Sizes are measured on
 * the documents `build` makes (the page's grouping by default; a template that drops statements per
 * service measures one statement per grant).
 */
export function fitPolicy(
  model: PolicyModel,
  limit = MANAGED_POLICY_LIMIT,
  build: DocumentBuilder = buildPolicyDocument,
): FittedPolicy {
  const document = build(model.grants);
  const size = measurePolicy(document);
  const order = new Map(model.serviceIds.map((id, i) => [id, i]));
  const serviceIdsOf = (grants: ServiceGrant[]): ServiceId[] =>
    [...new Set(grants.map((g) => g.serviceId))].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
  if (size <= limit) {
    return {
      document,
      size,
      parts: [
        { document, size, serviceIds: serviceIdsOf([...model.grants]), grants: [...model.grants] },
      ],
      exceedsRoleQuota: false,
    };
  }
  // A unit is a service's grants, or one chunk of a service too big for one document; each is
  // measured once.
  const measured = (grants: ServiceGrant[]) => ({ grants, size: measurePolicy(build(grants)) });
  const units = model.serviceIds
    .flatMap((id) => {
      const whole = measured(model.grants.filter((g) => g.serviceId === id));
      if (whole.size <= limit) return [whole];
      return whole.grants.flatMap((g) => chunkGrant(g, limit, build)).map((g) => measured([g]));
    })
    .map((unit, index) => ({
      ...unit,
      index,
      // What the unit's action names add to any document, at least (no action is in two units:
      // each service has prefixes of its own). A bin this would overflow is skipped without
      // building the document: first-fit stays exact, only faster.
      added: unit.grants.reduce((n, g) => n + g.actions.reduce((m, a) => m + a.length + 2, 0), 0),
    }))
    .sort((a, b) => b.size - a.size || a.index - b.index);
  // First fit: each bin keeps the document it was last measured with, so nothing is built twice.
  const bins: { grants: ServiceGrant[]; size: number; document: PolicyDocument }[] = [];
  for (const unit of units) {
    let placed = false;
    for (const bin of bins) {
      if (bin.size + unit.added > limit) continue;
      const grants = [...bin.grants, ...unit.grants];
      const document = build(grants);
      const size = measurePolicy(document);
      if (size > limit) continue;
      Object.assign(bin, { grants, document, size });
      placed = true;
      break;
    }
    if (!placed)
      bins.push({ grants: [...unit.grants], size: unit.size, document: build(unit.grants) });
  }
  const parts = bins.map(({ grants, size, document: partDocument }) => ({
    document: partDocument,
    size,
    serviceIds: serviceIdsOf(grants),
    grants,
  }));
  return {
    document,
    size,
    parts,
    exceedsRoleQuota: parts.length > DEFAULT_MANAGED_POLICIES_PER_ROLE,
  };
}

/** A policy model and its fit to IAM's limits: what every output of one selection is made from. */
export interface FittedPolicyModel {
  model: PolicyModel;
  fitted: FittedPolicy;
}

/** Builds and fits the policy for a selection: the one computation per change of the choices. */
export function buildFittedPolicy(
  catalog: Catalog,
  selection: Selection,
  editionId: EditionId,
  mode: PolicyMode,
): FittedPolicyModel {
  const model = buildPolicy(catalog, selection, editionId, { mode });
  return { model, fitted: fitPolicy(model) };
}
