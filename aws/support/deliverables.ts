/**
 * Every deliverable the page emits, made here from a case exactly as the page makes it. This is the
 * tier's only door into src/core and src/catalog, so a change of their signatures is adapted here.
 */
import { loadActionIndex } from '../../src/catalog/action-index';
import { listEditions, listServices } from '../../src/catalog/catalog';
import type { EditionId } from '../../src/catalog/types';
import { analysePolicy } from '../../src/core/audit/analyse-policy';
import { parsePolicyInput } from '../../src/core/audit/parse-policy';
import { renderUpgradeCli, type UpgradeCliOptions } from '../../src/core/audit/render-upgrade-cli';
import { buildUpgrade, type PolicyUpgrade } from '../../src/core/audit/upgrade';
import {
  buildDeployment,
  listDeployedPolicies,
  type DeployedPolicy,
  type Deployment,
} from '../../src/core/deploy/deployment';
import { renderCliScript } from '../../src/core/deploy/render-cli';
import {
  renderCloudFormation,
  type TemplateFormat,
} from '../../src/core/deploy/render-cloudformation';
import { renderVerifyScript } from '../../src/core/deploy/render-verify';
import { buildPolicy, buildPolicyDocument, type PolicyMode } from '../../src/core/policy';
import { renderPolicyJson } from '../../src/core/render-policy-json';
import { buildTrustPolicy, roleNameError, type RoleInputs } from '../../src/core/role';
import { normaliseSelection } from '../../src/core/selection';

export type { DeployedPolicy, Deployment, EditionId, PolicyMode, PolicyUpgrade, RoleInputs };
export type { TemplateFormat };
export { buildTrustPolicy, listDeployedPolicies, renderPolicyJson, roleNameError };

/** What a user chose on the page: edition, mode, services (as ticked) and role inputs (as typed). */
export interface PageChoice {
  editionId: EditionId;
  mode: PolicyMode;
  serviceIds: readonly string[];
  role: RoleInputs;
}

/** Every edition id, in the page's order. */
export const EDITION_IDS: readonly EditionId[] = listEditions().map((e) => e.id);
/** Every service id, in the page's order. */
export const SERVICE_IDS: readonly string[] = listServices().map((s) => s.id);

/** The deployment the page renders its outputs from for a choice. */
export function deploymentOf(choice: PageChoice): Deployment {
  const { selection } = normaliseSelection(choice.serviceIds);
  return buildDeployment(selection, choice.editionId, choice.mode, choice.role);
}

/** The setup script (cloudcraft-setup.sh). */
export const setupScriptOf = (deployment: Deployment): string => renderCliScript(deployment);
/** The verification script (cloudcraft-verify.sh). */
export const verifyScriptOf = (deployment: Deployment): string => renderVerifyScript(deployment);
/** The CloudFormation template, YAML or JSON. */
export const templateOf = (deployment: Deployment, format: TemplateFormat): string =>
  renderCloudFormation(deployment, format);

/** The policy an edition grants for some services, as one document's JSON text (a user's current one). */
export function editionPolicyText(
  editionId: EditionId,
  serviceIds: readonly string[],
  mode: PolicyMode,
) {
  const { selection } = normaliseSelection(serviceIds);
  return renderPolicyJson(buildPolicyDocument(buildPolicy(selection, editionId, { mode }).grants));
}

/** The audit's upgrade of a pasted policy to an edition, and its commands, as the page builds them. */
export async function upgradeOf(
  pastedText: string,
  editionId: EditionId,
  mode: PolicyMode,
  options: UpgradeCliOptions,
): Promise<{ upgrade: PolicyUpgrade; script: string; newPolicyText: string }> {
  const analysis = analysePolicy(parsePolicyInput(pastedText), await loadActionIndex(), editionId);
  const upgrade = buildUpgrade(analysis, editionId, mode);
  return {
    upgrade,
    script: renderUpgradeCli(upgrade, options),
    newPolicyText: renderPolicyJson(upgrade.document),
  };
}
