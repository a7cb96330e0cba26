/**
 * The per-service switches of the parameterised CloudFormation template: one `Include<Name>`
 * parameter (`"true"` / `"false"`) per removable service an edition offers, the condition it sets,
 * and conditions that hold when any of several services is included.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html
 */
import type { Catalog, CatalogService } from '../../catalog/catalog';
import type { EditionId } from '../../catalog/types';
import type { YamlValue } from './yaml-text';

/** `Fn::Or` and `Fn::And` take 2 to 10 conditions. */
export const MAX_CONDITIONS_PER_OR = 10;

/** A service's name inside logical IDs: its display name without "Amazon"/"AWS", letters and digits. */
export function serviceLogicalName(service: Pick<CatalogService, 'name'>): string {
  return service.name.replace(/^(?:Amazon|AWS)\s+/, '').replace(/[^A-Za-z0-9]/g, '');
}

/** The parameter that includes a service, e.g. `IncludeS3`, `IncludeElasticLoadBalancing`. */
export function includeParameterName(service: Pick<CatalogService, 'name'>): string {
  return `Include${serviceLogicalName(service)}`;
}

/** The condition that holds when the service's parameter is `"true"`, e.g. `S3Included`. */
export function includeConditionName(service: Pick<CatalogService, 'name'>): string {
  return `${serviceLogicalName(service)}Included`;
}

/**
 * The services an edition's template has a parameter for: the removable ones it offers, in catalog
 * order. Required services (EC2) are always in; services the edition does not offer (or offers with
 * no grant) would grant nothing, so they get no parameter.
 */
export function listIncludeServices(catalog: Catalog, editionId: EditionId): CatalogService[] {
  const offered = catalog.getEdition(editionId).services;
  return catalog
    .servicesOfEdition(editionId)
    .filter((s) => !s.required && (offered[s.id]?.grants.length ?? 0) > 0);
}

/**
 * A condition body that holds when any of the named conditions holds, nesting `Fn::Or` so that no
 * `Fn::Or` has more than 10 operands. Needs at least two names (one name needs no new condition).
 */
export function buildAnyCondition(conditionNames: readonly string[]): YamlValue {
  if (conditionNames.length < 2) throw new Error('An Fn::Or needs at least two conditions.');
  let operands: YamlValue[] = conditionNames.map((name) => ({ Condition: name }));
  while (operands.length > MAX_CONDITIONS_PER_OR) {
    const groups: YamlValue[] = [];
    for (let i = 0; i < operands.length; i += MAX_CONDITIONS_PER_OR) {
      const group = operands.slice(i, i + MAX_CONDITIONS_PER_OR);
      groups.push(group.length === 1 ? group[0]! : { 'Fn::Or': group });
    }
    operands = groups;
  }
  return { 'Fn::Or': operands };
}
