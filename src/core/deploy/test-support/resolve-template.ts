/**
 * Test support: resolves a CloudFormation template for given parameter values the way CloudFormation
 * documents it, independently of the code that writes templates. Parameters (defaults, AllowedValues,
 * AllowedPattern, lengths), Conditions (`Fn::Equals`, `Fn::Or`, `Fn::And`, `Fn::Not`, `Condition`),
 * resources' `Condition`, `Fn::If`, `Ref` (parameters, resources, `AWS::NoValue` removed from lists
 * and maps), `Fn::Sub` over parameters and pseudo parameters. Anything else throws.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */

/** A resource as created: its type and resolved properties. */
export interface ResolvedResource {
  Type: string;
  Properties: Record<string, unknown>;
}

/** What a stack would hold. */
export interface ResolvedStack {
  parameters: Record<string, string>;
  conditions: Record<string, boolean>;
  resources: Record<string, ResolvedResource>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Template = {
  Parameters?: Record<string, Record<string, Json>>;
  Conditions?: Record<string, Json>;
  Resources: Record<string, { Type: string; Condition?: string; Properties?: Json }>;
};

const NO_VALUE = Symbol('AWS::NoValue');
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'us-east-1',
};

function resolveParameters(template: Template, given: Record<string, string>) {
  const declared = template.Parameters ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in declared)) throw new Error(`Parameter ${name} is not declared.`);
  }
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? (spec.Default === undefined ? undefined : String(spec.Default));
    if (value === undefined) throw new Error(`Parameter ${name} has no value and no default.`);
    const allowed = spec.AllowedValues as string[] | undefined;
    if (allowed && !allowed.includes(value)) throw new Error(`${name}=${value} is not allowed.`);
    if (
      typeof spec.AllowedPattern === 'string' &&
      !new RegExp(`^(?:${spec.AllowedPattern})$`).test(value)
    ) {
      throw new Error(`${name} does not match its AllowedPattern.`);
    }
    if (typeof spec.MinLength === 'number' && value.length < spec.MinLength) {
      throw new Error(`${name} is shorter than MinLength.`);
    }
    if (typeof spec.MaxLength === 'number' && value.length > spec.MaxLength) {
      throw new Error(`${name} is longer than MaxLength.`);
    }
    values[name] = value;
  }
  return values;
}

function resolveConditions(template: Template, parameters: Record<string, string>) {
  const defined = template.Conditions ?? {};
  const done: Record<string, boolean> = {};
  const scalar = (v: Json): string => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.Ref === 'string') {
      const value = parameters[v.Ref] ?? PSEUDO[v.Ref];
      if (value === undefined) throw new Error(`Conditions may only Ref parameters, not ${v.Ref}.`);
      return value;
    }
    throw new Error(`Unsupported value in a condition: ${JSON.stringify(v)}`);
  };
  const evaluate = (body: Json, depth: number): boolean => {
    if (depth > 50) throw new Error('Conditions nest too deep or loop.');
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('Bad condition.');
    const [[fn, args] = []] = Object.entries(body);
    if (Object.keys(body).length !== 1) throw new Error('A condition has exactly one function.');
    if (fn === 'Condition') return named(String(args), depth + 1);
    if (!Array.isArray(args)) throw new Error(`${fn} takes a list.`);
    if (fn === 'Fn::Equals' && args.length === 2) return scalar(args[0]!) === scalar(args[1]!);
    if (fn === 'Fn::Not' && args.length === 1) return !evaluate(args[0]!, depth + 1);
    if ((fn === 'Fn::Or' || fn === 'Fn::And') && args.length >= 2 && args.length <= 10) {
      const results = args.map((a) => evaluate(a, depth + 1));
      return fn === 'Fn::Or' ? results.some(Boolean) : results.every(Boolean);
    }
    throw new Error(`Unsupported or malformed condition function ${fn} (${args.length} operands).`);
  };
  const named = (name: string, depth: number): boolean => {
    if (!(name in defined)) throw new Error(`Condition ${name} is not defined.`);
    return (done[name] ??= evaluate(defined[name]!, depth));
  };
  for (const name of Object.keys(defined)) named(name, 0);
  return done;
}

/** Resolves a template for parameter values; throws on anything CloudFormation would refuse. */
export function resolveTemplate(template: Template, given: Record<string, string>): ResolvedStack {
  const parameters = resolveParameters(template, given);
  const conditions = resolveConditions(template, parameters);
  const condition = (name: string) => {
    if (!(name in conditions)) throw new Error(`Condition ${name} is not defined.`);
    return conditions[name]!;
  };
  const created = Object.entries(template.Resources).filter(
    ([, r]) => r.Condition === undefined || condition(r.Condition),
  );
  const refs: Record<string, string> = {};
  for (const [id, r] of created) {
    const name = (r.Properties as Record<string, Json> | undefined)?.ManagedPolicyName;
    refs[id] =
      r.Type === 'AWS::IAM::ManagedPolicy' && typeof name === 'string'
        ? `arn:aws:iam::${PSEUDO['AWS::AccountId']}:policy/${name}`
        : `physical-id-of-${id}`;
  }
  const resolve = (v: Json): unknown => {
    if (Array.isArray(v)) return v.map(resolve).filter((x) => x !== NO_VALUE);
    if (!v || typeof v !== 'object') return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === 'Ref') {
      const ref = String(v.Ref);
      if (ref === 'AWS::NoValue') return NO_VALUE;
      const value = parameters[ref] ?? PSEUDO[ref] ?? refs[ref];
      if (value === undefined) throw new Error(`Ref to ${ref}, which does not exist.`);
      return value;
    }
    if (keys.length === 1 && keys[0] === 'Fn::If') {
      const [name, yes, no] = v['Fn::If'] as [string, Json, Json];
      return resolve(condition(name) ? yes : no);
    }
    if (keys.length === 1 && keys[0] === 'Fn::Sub' && typeof v['Fn::Sub'] === 'string') {
      return v['Fn::Sub'].replace(/\$\{([^}]+)\}/g, (_, name: string) => {
        const value = parameters[name] ?? PSEUDO[name];
        if (value === undefined) throw new Error(`Fn::Sub of unknown ${name}.`);
        return value;
      });
    }
    if (keys.length === 1 && keys[0] === 'Fn::GetAtt')
      return `attribute ${JSON.stringify(v['Fn::GetAtt'])}`;
    if (keys.some((k) => k.startsWith('Fn::')))
      throw new Error(`Unsupported function ${keys.join()}.`);
    return Object.fromEntries(
      Object.entries(v)
        .map(([k, item]) => [k, resolve(item)] as const)
        .filter(([, item]) => item !== NO_VALUE),
    );
  };
  const resources: Record<string, ResolvedResource> = {};
  for (const [id, r] of created) {
    resources[id] = {
      Type: r.Type,
      Properties: resolve(r.Properties ?? {}) as Record<string, unknown>,
    };
  }
  return { parameters, conditions, resources };
}
