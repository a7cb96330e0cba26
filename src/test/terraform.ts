/** Reads generated Terraform in tests with HashiCorp's own HCL parser. */
import { parse } from '@cdktf/hcl2json';

/** Terraform's JSON form of a configuration, as hcl2json gives it, typed loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Config = any;

/**
 * Undoes the template escapes of Terraform's JSON syntax (`$${` and `%%{` stand for literal `${` and
 * `%{`), which hcl2json keeps in every string it outputs.
 */
function unescapeTemplates(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (Array.isArray(value)) return value.map(unescapeTemplates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescapeTemplates(v)]));
  }
  return value;
}

/** Parses HCL with HashiCorp's own parser (Go, compiled to WebAssembly) into Terraform's JSON form. */
export async function parseTerraform(text: string): Promise<Config> {
  return unescapeTemplates(await parseTerraformRaw(text));
}

/** Parses HCL into Terraform's JSON form, expressions as written (`$${` still escaped). */
export function parseTerraformRaw(text: string): Promise<Config> {
  return parse('main.tf', text);
}

/**
 * Decodes `${jsonencode(...)}` by parsing its argument as an HCL value. Pass the expression as
 * `parseTerraformRaw` gives it when its strings hold `${`, so their escapes survive until then.
 */
export async function decodeJsonencode(expression: string): Promise<Config> {
  const match = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(expression);
  if (!match) throw new Error(`not a jsonencode call: ${expression.slice(0, 40)}`);
  return ((await parseTerraform(`value = ${match[1]}\n`)) as Config).value;
}
