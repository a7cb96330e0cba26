/**
 * A policy laid out with one statement per service and resource set, instead of the page's one
 * statement per resource set: a template can then drop exactly one service's statements. The grants,
 * and so what the policy allows, are the same; only the grouping (and the size) differ.
 */
import { compareText } from '../compare';
import {
  resourceKey,
  type PolicyDocument,
  type PolicyStatement,
  type ServiceGrant,
} from '../policy';

/** Grants in statement order: resource-scoped ones first (by resources), then `"*"`; stable within. */
export function orderServiceGrants(grants: readonly ServiceGrant[]): ServiceGrant[] {
  const rank = (g: ServiceGrant) => (g.resources === '*' ? 1 : 0);
  return grants
    .map((grant, index) => ({ grant, index }))
    .sort(
      (a, b) =>
        rank(a.grant) - rank(b.grant) ||
        compareText(resourceKey(a.grant.resources), resourceKey(b.grant.resources)) ||
        a.index - b.index,
    )
    .map(({ grant }) => grant);
}

/** The statement of one grant. */
export function buildGrantStatement(grant: ServiceGrant): PolicyStatement {
  return {
    Effect: 'Allow',
    Action: [...grant.actions],
    Resource: grant.resources === '*' ? '*' : [...grant.resources],
  };
}

/** A policy document with one statement per grant (service and resource set), in statement order. */
export function buildServiceStatementsDocument(grants: readonly ServiceGrant[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: orderServiceGrants(grants).map(buildGrantStatement) };
}
