/**
 * Every deliverable the page emits, made here from a case exactly as the page makes it. This is the
 * tier's only door into src/core and src/catalog, so a change of their signatures is adapted here.
 */
import { loadActionIndex } from '../../src/catalog/action-index';
import { loadBaselineDocuments } from '../../src/catalog/baseline-documents';
import type { BaselineName } from '../../src/catalog/baseline-policies';
import { bundledCatalog as catalog } from '../../src/catalog/bundled';
import type { EditionId } from '../../src/catalog/types';
import {
  renderNarrowedDetailsCommand,
  renderRoleCommands,
} from '../../src/core/audit/account/account-commands';
import { renderFetchPolicyCommands } from '../../src/core/audit/account/policy-arn';
import { renderMoveOffScript } from '../../src/core/audit/account/render-move-off';
import type { AuditContext, AuditResult } from '../../src/core/audit/analysis/run-audit';
import { analysePolicy } from '../../src/core/audit/analysis/analyse-policy';
import {
  renderUpgradeCli,
  type UpgradeCliOptions,
} from '../../src/core/audit/analysis/render-upgrade-cli';
import { buildUpgrade, type PolicyUpgrade } from '../../src/core/audit/analysis/upgrade';
import { parsePolicyInput } from '../../src/core/audit/policy/parse-policy';
import {
  buildDeployment,
  listDeployedPolicies,
  type Deployment,
} from '../../src/core/deploy/deployment';
import { renderCliScript } from '../../src/core/deploy/render-cli';
import {
  renderCloudFormation,
  type TemplateFormat,
} from '../../src/core/deploy/render-cloudformation';
import { renderVerifyScript } from '../../src/core/deploy/render-verify';
import { buildLaunchStackLink, type LaunchStackLink } from '../../src/core/deploy/launch-stack';
import { renderParameterisedTemplate } from '../../src/core/deploy/render-parameterised-template';
import { parseTemplateBaseUrl } from '../../src/core/deploy/template-base-url';
import { renderOrgRollout } from '../../src/core/org/render-org-rollout';
import { renderRegisterAccounts } from '../../src/core/org/render-register-accounts';
import { buildPolicy, buildPolicyDocument, type PolicyMode } from '../../src/core/policy';
import { renderPolicyJson } from '../../src/core/render-policy-json';
import {
  accountRootArn,
  buildTrustPolicy,
  externalIdError,
  roleNameError,
  type RoleInputs,
} from '../../src/core/role';
import { normaliseSelection } from '../../src/core/selection';
import { runBundledAudit } from '../../src/lib/audit/bundled-audit';

export type { Deployment, EditionId, PolicyMode, AuditResult, TemplateFormat };
export { accountRootArn, buildTrustPolicy, externalIdError, listDeployedPolicies, roleNameError };
export { renderFetchPolicyCommands, renderNarrowedDetailsCommand, renderRoleCommands };

/** What a user chose on the page: edition, mode, services (as ticked) and role inputs (as typed). */
export interface PageChoice {
  editionId: EditionId;
  mode: PolicyMode;
  serviceIds: readonly string[];
  role: RoleInputs;
}

/** Every edition id, in the page's order. */
export const EDITION_IDS: readonly EditionId[] = catalog.editions.map((e) => e.id);
/** Every service id, in the page's order. */
export const SERVICE_IDS: readonly string[] = catalog.services.map((s) => s.id);

/** The deployment the page renders its outputs from for a choice. */
export function deploymentOf(choice: PageChoice): Deployment {
  const { selection } = normaliseSelection(catalog, choice.serviceIds);
  return buildDeployment(catalog, selection, choice.editionId, choice.mode, choice.role);
}

/** The setup script (cloudcraft-setup.sh). */
export const setupScriptOf = (deployment: Deployment): string => renderCliScript(deployment);
/** The verification script (cloudcraft-verify.sh). */
export const verifyScriptOf = (deployment: Deployment): string => renderVerifyScript(deployment);
/**
 * The Launch Stack link the page shows for a deployment with templates published at `baseUrl`,
 * and the parameterised template that link points at (YAML, as the link's file).
 */
export function launchStackOf(
  deployment: Deployment,
  baseUrl: string,
): { link: LaunchStackLink; template: string } {
  const base = parseTemplateBaseUrl(baseUrl);
  if (!base.ok) throw new Error(base.error);
  const link = buildLaunchStackLink(deployment, base.value);
  const { editionId, model } = deployment;
  return { link, template: renderParameterisedTemplate(catalog, editionId, model.mode, 'yaml') };
}

/** The exact (resource, action) pairs a set of policy documents allows: what a role is granted. */
export function grantedPairs(documents: readonly unknown[]): string[] {
  const pairs = new Set<string>();
  for (const document of documents) {
    const { Statement } = document as {
      Statement: { Action: string[]; Resource: string | string[] }[];
    };
    for (const statement of Statement) {
      for (const resource of [statement.Resource].flat()) {
        for (const action of statement.Action) pairs.add(`${resource} ${action.toLowerCase()}`);
      }
    }
  }
  return [...pairs].sort();
}

/** The (resource, action or pattern) pairs the page's policy grants, in the deployment's mode. */
export function pageGrantedPairs(deployment: Deployment): string[] {
  return grantedPairs([deployment.fitted.document]);
}

/** The organization rollout script (cloudcraft-org-rollout.sh). */
export const rolloutScriptOf = (deployment: Deployment): string => renderOrgRollout(deployment);
/** The registration script (cloudcraft-register-accounts.sh). */
export const registerScriptOf = (deployment: Deployment): string =>
  renderRegisterAccounts(deployment);
/** The CloudFormation template, YAML or JSON. */
export const templateOf = (deployment: Deployment, format: TemplateFormat): string =>
  renderCloudFormation(deployment, format);

/** The policy an edition grants for some services, as one document's JSON text (a user's current one). */
export function editionPolicyText(
  editionId: EditionId,
  serviceIds: readonly string[],
  mode: PolicyMode,
) {
  const { selection } = normaliseSelection(catalog, serviceIds);
  const { grants } = buildPolicy(catalog, selection, editionId, { mode });
  return renderPolicyJson(buildPolicyDocument(grants));
}

/** The audit's upgrade of a pasted policy to an edition, and its commands, as the page builds them. */
export async function upgradeOf(
  pastedText: string,
  editionId: EditionId,
  mode: PolicyMode,
  options: UpgradeCliOptions,
): Promise<{ upgrade: PolicyUpgrade; script: string; newPolicyText: string }> {
  const index = await loadActionIndex();
  const analysis = analysePolicy(catalog, parsePolicyInput(pastedText), index, editionId);
  const upgrade = buildUpgrade(catalog, analysis, editionId, mode);
  return {
    upgrade,
    script: renderUpgradeCli(upgrade, options),
    newPolicyText: renderPolicyJson(upgrade.document),
  };
}

/** The audit's move off AWS managed baselines for a role (move-off-readonlyaccess.sh). */
export const moveOffScriptOf = (
  deployment: Deployment,
  roleName: string,
  baselines: readonly BaselineName[],
): string => renderMoveOffScript(deployment, roleName, baselines);

/** The audit of pasted text exactly as the page's worker runs it. */
export const auditOf = (
  text: string,
  editionId: EditionId,
  context: AuditContext,
): Promise<AuditResult> => runBundledAudit(text, editionId, context);

/** A baseline's document as the page holds it. */
export async function baselineDocumentOf(name: BaselineName): Promise<unknown> {
  const { documents } = await loadBaselineDocuments();
  return documents.find((d) => d.name === name)?.document;
}
