/** Renders a policy document as JSON text, deterministically. */
import type { PolicyDocument } from './policy';

/** Options of `renderPolicyJson`. */
export interface RenderJsonOptions {
  /** No white space at all: what IAM counts, and the smallest thing to paste. */
  minify?: boolean;
}

/** Renders a policy document: pretty (two-space indent, trailing newline) or minified. */
export function renderPolicyJson(
  document: PolicyDocument,
  options: RenderJsonOptions = {},
): string {
  return options.minify ? JSON.stringify(document) : `${JSON.stringify(document, null, 2)}\n`;
}
