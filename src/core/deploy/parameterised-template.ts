/**
 * One CloudFormation template per edition and mode that serves every selection: an `Include<Name>`
 * parameter per removable service switches that service's statements on or off (`Fn::If` /
 * `AWS::NoValue`), a managed policy exists only when one of its services is in, and the role attaches
 * only the policies that exist. The parts are fitted once, for all services, with one statement per
 * service and resource set; removing statements only shrinks a part, so every selection fits.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html
 */
import type { Catalog } from '../../catalog/catalog';
import type { EditionId } from '../../catalog/types';
import { buildPolicy, type PolicyMode, type ServiceGrant } from '../policy';
import { fitPolicy, MANAGED_POLICY_LIMIT, type FittedPolicy } from '../policy-parts';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { partPolicyDescription, partPolicyName } from './deployment';
import {
  buildAnyCondition,
  includeConditionName,
  includeParameterName,
  listIncludeServices,
} from './include-parameters';
import {
  buildRoleParameters,
  buildRoleResource,
  policyLogicalId,
  ROLE_LOGICAL_ID,
  ROLE_OUTPUTS,
  type CloudFormationTemplate,
} from './render-cloudformation';
import {
  buildGrantStatement,
  buildServiceStatementsDocument,
  orderServiceGrants,
} from './service-statements';
import { templateDescription, buildInterfaceMetadata } from './parameterised-metadata';
import type { YamlValue } from './yaml-text';

/** One managed policy of the parameterised template. */
export interface ParameterisedPart {
  logicalId: string;
  name: string;
  description: string;
  /** Its grants in statement order (one statement each). */
  grants: ServiceGrant[];
  /** The condition it is created under; `undefined` when it holds a required service (always created). */
  condition: string | undefined;
}

/** The fixed layout of an edition and mode's parameterised template. */
export interface ParameterisedPlan {
  editionId: EditionId;
  mode: PolicyMode;
  fitted: FittedPolicy;
  parts: ParameterisedPart[];
  /** Condition name of each switchable service, by service id. */
  serviceConditions: Map<string, string>;
  /** Conditions the template defines: per service, then per part that needs a new one. */
  conditions: Record<string, YamlValue>;
}

/** Fits the all-services policy of an edition and mode with one statement per service and resource set. */
export function fitParameterisedPolicy(
  catalog: Catalog,
  editionId: EditionId,
  mode: PolicyMode,
): FittedPolicy {
  const model = buildPolicy(catalog, selectAll(catalog), editionId, { mode });
  return fitPolicy(model, MANAGED_POLICY_LIMIT, buildServiceStatementsDocument);
}

/** Lays out the parameterised template of an edition and mode: parts, their conditions, names. */
export function planParameterisedTemplate(
  catalog: Catalog,
  editionId: EditionId,
  mode: PolicyMode,
): ParameterisedPlan {
  const edition = catalog.getEdition(editionId);
  const fitted = fitParameterisedPolicy(catalog, editionId, mode);
  const required = new Set(catalog.requiredServiceIds);
  const conditions: Record<string, YamlValue> = {};
  const serviceConditions = new Map<string, string>();
  for (const service of listIncludeServices(catalog, editionId)) {
    const name = includeConditionName(service);
    conditions[name] = { 'Fn::Equals': [{ Ref: includeParameterName(service) }, 'true'] };
    serviceConditions.set(service.id, name);
  }
  const count = fitted.parts.length;
  const parts = fitted.parts.map((part, index): ParameterisedPart => {
    const logicalId = policyLogicalId(index, count);
    const optional = part.serviceIds.filter((id) => !required.has(id));
    let condition: string | undefined;
    if (optional.length === part.serviceIds.length) {
      const names = optional.map((id) => conditionOf(serviceConditions, id));
      condition = names.length === 1 ? names[0] : `Create${logicalId}`;
      if (names.length > 1) conditions[condition!] = buildAnyCondition(names);
    }
    return {
      logicalId,
      name: partPolicyName(edition.policyName, index, count),
      description: partPolicyDescription(edition.description, index, count),
      grants: orderServiceGrants(part.grants),
      condition,
    };
  });
  return { editionId, mode, fitted, parts, serviceConditions, conditions };
}

function conditionOf(serviceConditions: Map<string, string>, serviceId: string): string {
  const name = serviceConditions.get(serviceId);
  if (!name) throw new Error(`Service ${serviceId} has statements but no Include parameter.`);
  return name;
}

/** `value` when the condition holds, nothing otherwise; `value` itself when there is no condition. */
function when(condition: string | undefined, value: YamlValue): YamlValue {
  return condition ? { 'Fn::If': [condition, value, { Ref: 'AWS::NoValue' }] } : value;
}

function buildPartResource(plan: ParameterisedPlan, part: ParameterisedPart): YamlValue {
  const statements = part.grants.map((grant) =>
    when(
      plan.serviceConditions.get(grant.serviceId),
      buildGrantStatement(grant) as unknown as YamlValue,
    ),
  );
  return {
    Type: 'AWS::IAM::ManagedPolicy',
    ...(part.condition ? { Condition: part.condition } : {}),
    Properties: {
      ManagedPolicyName: part.name,
      Description: part.description,
      PolicyDocument: { Version: '2012-10-17', Statement: statements },
    },
  };
}

/** Builds the parameterised template of an edition and mode as data. */
export function buildParameterisedTemplate(
  catalog: Catalog,
  editionId: EditionId,
  mode: PolicyMode,
): CloudFormationTemplate {
  const plan = planParameterisedTemplate(catalog, editionId, mode);
  const includes = listIncludeServices(catalog, editionId);
  const parameters: { [name: string]: YamlValue } = { ...buildRoleParameters(DEFAULT_ROLE_INPUTS) };
  for (const service of includes) {
    parameters[includeParameterName(service)] = {
      Type: 'String',
      Description: `Let Cloudcraft read ${service.name}: ${service.feeds}.`,
      AllowedValues: ['true', 'false'],
      Default: 'true',
    };
  }
  const resources: { [id: string]: YamlValue } = {};
  for (const part of plan.parts) resources[part.logicalId] = buildPartResource(plan, part);
  resources[ROLE_LOGICAL_ID] = buildRoleResource(
    plan.parts.map((part) => when(part.condition, { Ref: part.logicalId })),
  );
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: templateDescription(catalog, editionId, mode),
    Metadata: buildInterfaceMetadata(
      Object.keys(buildRoleParameters(DEFAULT_ROLE_INPUTS)),
      includes,
    ),
    Parameters: parameters,
    Conditions: plan.conditions,
    Resources: resources,
    Outputs: ROLE_OUTPUTS,
  };
}
