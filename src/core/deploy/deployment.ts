/**
 * What every deployment output (CloudFormation, Terraform, CLI, verification script, console steps)
 * is rendered from: one policy model, fitted to IAM's limits, and the role inputs. Each output names
 * its policies and describes itself with the helpers here, so they cannot disagree.
 */
import type { Catalog, CatalogDataset } from '../../catalog/catalog';
import type { EditionId } from '../../catalog/types';
import type { PolicyDocument, PolicyMode } from '../policy';
import { buildFittedPolicy, type FittedPolicyModel } from '../policy-parts';
import { usableRoleInputs, type RoleInputs } from '../role';
import type { Selection } from '../selection';

/** The shared input of every deployment renderer: the catalog, one fitted policy, the role inputs. */
export interface Deployment extends FittedPolicyModel {
  catalog: Catalog;
  editionId: EditionId;
  /** Valid role inputs only (see `usableRoleInputs`). */
  role: RoleInputs;
}

/** One managed policy to create: its name, description and document. */
export interface DeployedPolicy {
  /** Zero-based position among the parts. */
  index: number;
  name: string;
  description: string;
  document: PolicyDocument;
}

/** The role's description: fixed text, so user input never reaches a field with a charset rule. */
export const ROLE_DESCRIPTION =
  'Lets Cloudcraft read this account to draw and live-update its diagrams (read-only).';

/**
 * The deployment of an already fitted policy with the user's role inputs; invalid inputs fall back to
 * their defaults. The page calls this on every keystroke without building the policy again.
 */
export function deploymentOf(
  catalog: Catalog,
  policy: FittedPolicyModel,
  role: RoleInputs,
): Deployment {
  const { model, fitted } = policy;
  return { catalog, editionId: model.editionId, model, fitted, role: usableRoleInputs(role) };
}

/** Builds the deployment for a selection under an edition and mode, with the user's role inputs. */
export function buildDeployment(
  catalog: Catalog,
  selection: Selection,
  editionId: EditionId,
  mode: PolicyMode,
  role: RoleInputs,
): Deployment {
  return deploymentOf(catalog, buildFittedPolicy(catalog, selection, editionId, mode), role);
}

/**
 * The name of part `index` (zero-based) of `count` policies: the edition's name alone when the
 * policy is not split, otherwise the name with a one-based suffix (`Cloudcraft-1`, `Cloudcraft-2`),
 * which keeps within IAM's policy-name charset.
 */
export function partPolicyName(baseName: string, index: number, count: number): string {
  return count === 1 ? baseName : `${baseName}-${index + 1}`;
}

/** The description of part `index` (zero-based) of `count`: the edition's, plus "(part i of n)". */
export function partPolicyDescription(description: string, index: number, count: number): string {
  return count === 1 ? description : `${description} (part ${index + 1} of ${count})`;
}

/** The managed policies to create, named and described from the edition. */
export function listDeployedPolicies(deployment: Deployment): DeployedPolicy[] {
  const edition = deployment.catalog.getEdition(deployment.editionId);
  const count = deployment.fitted.parts.length;
  return deployment.fitted.parts.map((part, index) => ({
    index,
    name: partPolicyName(edition.policyName, index, count),
    description: partPolicyDescription(edition.description, index, count),
    document: part.document,
  }));
}

/** The day (`YYYY-MM-DD`) of the AWS service authorization data a catalog was validated against. */
export function datasetDate(dataset: CatalogDataset): string {
  return dataset.updatedAt.slice(0, 10);
}

/** The AWS data a catalog was validated against, as headers name it: package, version and day. */
export function describeDataset(dataset: CatalogDataset): string {
  return `${dataset.package} ${dataset.version} of ${datasetDate(dataset)}`;
}

/** How a mode is explained in headers. */
export function describeMode(mode: PolicyMode, dataset: CatalogDataset): string {
  return mode === 'exact'
    ? `exact (every action listed by name, as AWS defined them on ${datasetDate(dataset)})`
    : "published (the edition's wildcard patterns as written)";
}

/** The display names of service ids, in the order given. */
export function serviceNames(catalog: Catalog, ids: readonly string[]): string[] {
  return ids.map((id) => catalog.serviceName(id));
}

/** What a deployment grants, as `label: value` pairs every output's header shows. */
export function buildSummary(deployment: Deployment): { label: string; value: string }[] {
  const { model, catalog } = deployment;
  const { dataset } = catalog;
  const rows = [
    { label: 'Edition', value: catalog.getEdition(deployment.editionId).label },
    { label: 'Mode', value: describeMode(model.mode, dataset) },
    { label: 'Services', value: serviceNames(catalog, model.serviceIds).join(', ') },
  ];
  if (model.unavailableServiceIds.length > 0) {
    const names = serviceNames(catalog, model.unavailableServiceIds).join(', ');
    rows.push({ label: 'Not in this edition', value: names });
  }
  rows.push({ label: 'AWS data', value: describeDataset(dataset) });
  return rows;
}

/** The summary in one sentence, for fields that take a single line (a template's Description). */
export function renderSummarySentence(deployment: Deployment): string {
  return buildSummary(deployment)
    .map(({ label, value }) => `${label}: ${value}.`)
    .join(' ');
}

/** Wraps text at spaces into lines of at most `width` characters (longer words stay whole). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The header of a generated file as `#` comment lines within 100 columns: what the file is, what
 * generated it, and the edition, mode, services and AWS data date it grants.
 */
export function renderCommentHeader(
  deployment: Deployment,
  purpose: string | readonly string[],
  generator: string,
): string {
  const [first = '', ...rest] = typeof purpose === 'string' ? [purpose] : purpose;
  const paragraphs = [
    `${first} Generated by the Cloudcraft IAM policy configurator (${generator}).`,
    ...rest,
    ...buildSummary(deployment).map(({ label, value }) => `${label}: ${value}.`),
  ];
  return renderCommentParagraphs(paragraphs);
}

/** Paragraphs as `#` comment lines within 100 columns, continuation lines indented. */
export function renderCommentParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .flatMap((p) => wrapText(p, 96).map((l, i) => (i === 0 ? `# ${l}` : `#   ${l}`)))
    .join('\n');
}
