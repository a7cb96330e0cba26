/**
 * The build's check of `VITE_TEMPLATE_BASE_URL`, the S3 prefix the page's Launch Stack link points
 * to: unset means no link; anything set must be an S3 https URL under which every template's URL
 * stays within CloudFormation's 1,024 characters.
 */
import { parseTemplateBaseUrl, templateFileUrl } from '../../src/core/deploy/template-base-url';

/** The environment variable that turns on the Launch Stack link. */
export const TEMPLATE_BASE_URL_VARIABLE = 'VITE_TEMPLATE_BASE_URL';

/** Why the variable's value cannot be used, or `undefined` when it is unset, empty or good. */
export function templateBaseUrlProblem(
  value: string | undefined,
  fileNames: readonly string[],
): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = parseTemplateBaseUrl(value);
  if (!parsed.ok) return `${TEMPLATE_BASE_URL_VARIABLE}: ${parsed.error}`;
  try {
    for (const fileName of fileNames) templateFileUrl(parsed.value, fileName);
  } catch (error) {
    return `${TEMPLATE_BASE_URL_VARIABLE}: ${(error as Error).message}`;
  }
  return undefined;
}
