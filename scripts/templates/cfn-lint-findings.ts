/**
 * Reading AWS cfn-lint's JSON report. One kind of finding is expected and explained: W3037 for an
 * action that cfn-lint's bundled action list lacks while AWS's service authorization data (which the
 * catalog is validated against, and which is newer) lists it. Every other finding is a defect.
 */

/** One finding of `cfn-lint --format json`. */
export interface CfnLintFinding {
  Filename: string;
  Level: string;
  Message: string;
  Rule: { Id: string };
  Location: { Path: (string | number)[]; Start: { LineNumber: number } };
}

/** The value at a path inside a parsed template, or `undefined`. */
function at(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The action a W3037 finding is about, when cfn-lint names one of the listed actions. */
export function unknownActionOf(finding: CfnLintFinding, template: unknown): string | undefined {
  const name = /^'([^']+)' is not one of/.exec(finding.Message)?.[1];
  const listed = at(template, finding.Location.Path);
  if (!name || !Array.isArray(listed)) return undefined;
  return listed.find(
    (a): a is string => typeof a === 'string' && a.split(':')[1]?.toLowerCase() === name,
  );
}

/**
 * The findings that are defects: all but W3037 on an action AWS's data lists as a `List` or `Read`
 * action (`isKnownRead`, case-insensitive).
 */
export function unexpectedFindings(
  findings: readonly CfnLintFinding[],
  templates: ReadonlyMap<string, unknown>,
  isKnownRead: (action: string) => boolean,
): CfnLintFinding[] {
  return findings.filter((finding) => {
    if (finding.Rule.Id !== 'W3037') return true;
    const action = unknownActionOf(finding, templates.get(finding.Filename));
    return action === undefined || !isKnownRead(action);
  });
}
