/**
 * The policy model: what a selection grants under an edition, before any rendering. Every output
 * (policy JSON, CloudFormation, Terraform, CLI, console steps) is rendered from this one model, so
 * they cannot disagree.
 */
import type { Catalog } from '../catalog/catalog';
import type { EditionId, ServiceId } from '../catalog/types';
import { compareText, sortUniqueActions } from './compare';
import type { Selection } from './selection';

/** `published`: the edition's patterns as written; `exact`: the actions they grant as of the dataset date. */
export type PolicyMode = 'published' | 'exact';

/** Options of `buildPolicy`. */
export interface PolicyOptions {
  mode: PolicyMode;
}

/** `"*"` or a sorted list of ARNs. */
export type PolicyResources = '*' | readonly string[];

/** What one service is granted on one set of resources. */
export interface ServiceGrant {
  serviceId: ServiceId;
  resources: PolicyResources;
  /** Sorted, unique: patterns in `published` mode, canonical action names in `exact` mode. */
  actions: readonly string[];
}

/** The policy a selection grants under an edition. */
export interface PolicyModel {
  editionId: EditionId;
  mode: PolicyMode;
  /** Selected services the edition offers, in catalog order. */
  serviceIds: readonly ServiceId[];
  /** Selected services the edition does not offer (kept in the selection, absent from the policy). */
  unavailableServiceIds: readonly ServiceId[];
  /** One entry per service and resource set, in catalog order. */
  grants: readonly ServiceGrant[];
  /** Every exact action granted, sorted, whatever the mode. */
  exactActions: readonly string[];
}

/** An IAM policy statement as JSON. */
export interface PolicyStatement {
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
}

/** An IAM identity-based policy document as JSON. */
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** Key of a resource set, for grouping grants into statements. */
export function resourceKey(resources: PolicyResources): string {
  return resources === '*' ? '*' : resources.join('\n');
}

/** Builds the policy model for the selected services under an edition. */
export function buildPolicy(
  catalog: Catalog,
  selection: Selection,
  editionId: EditionId,
  options: PolicyOptions,
): PolicyModel {
  const edition = catalog.getEdition(editionId);
  const selected = new Set(selection);
  const ordered = catalog.services.filter((s) => selected.has(s.id) || s.required);
  const serviceIds = ordered.filter((s) => s.id in edition.services).map((s) => s.id);
  const grants: ServiceGrant[] = [];
  const exact: string[] = [];
  for (const serviceId of serviceIds) {
    const byResources = new Map<string, { resources: PolicyResources; actions: string[] }>();
    for (const grant of edition.services[serviceId]?.grants ?? []) {
      const resources = grant.resources === '*' ? '*' : [...grant.resources].sort(compareText);
      const key = resourceKey(resources);
      const entry = byResources.get(key) ?? { resources, actions: [] };
      entry.actions.push(...(options.mode === 'exact' ? grant.actions : [grant.pattern]));
      byResources.set(key, entry);
      exact.push(...grant.actions);
    }
    for (const { resources, actions } of byResources.values()) {
      grants.push({ serviceId, resources, actions: sortUniqueActions(actions) });
    }
  }
  return {
    editionId,
    mode: options.mode,
    serviceIds,
    unavailableServiceIds: ordered.filter((s) => !(s.id in edition.services)).map((s) => s.id),
    grants,
    exactActions: sortUniqueActions(exact),
  };
}

/**
 * Turns grants into a policy document: one statement per resource set, resource-scoped statements
 * first (sorted by resources), then `"*"`; actions sorted and unique within each statement.
 */
export function buildPolicyDocument(grants: readonly ServiceGrant[]): PolicyDocument {
  const groups = new Map<string, { resources: PolicyResources; actions: string[] }>();
  for (const grant of grants) {
    const key = resourceKey(grant.resources);
    const group = groups.get(key) ?? { resources: grant.resources, actions: [] };
    group.actions.push(...grant.actions);
    groups.set(key, group);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === '*' ? 1 : b === '*' ? -1 : compareText(a, b),
  );
  return {
    Version: '2012-10-17',
    Statement: keys.map((key) => {
      const { resources, actions } = groups.get(key)!;
      return {
        Effect: 'Allow',
        Action: sortUniqueActions(actions),
        Resource: resources === '*' ? '*' : [...resources],
      };
    }),
  };
}
