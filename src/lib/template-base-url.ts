/**
 * Where this build's operator published the parameterised templates (`VITE_TEMPLATE_BASE_URL`,
 * checked when the page was built), or `undefined` when the page was built without it.
 */
import { parseTemplateBaseUrl, type TemplateBaseUrl } from '../core/deploy/template-base-url';

/** Parses a configured value; an empty or unusable one means no Launch Stack link. */
export function readTemplateBaseUrl(value: string | undefined): TemplateBaseUrl | undefined {
  if (!value) return undefined;
  const parsed = parseTemplateBaseUrl(value);
  return parsed.ok ? parsed.value : undefined;
}

/** The template base URL this page was built with. */
export const templateBaseUrl = readTemplateBaseUrl(import.meta.env.VITE_TEMPLATE_BASE_URL);
