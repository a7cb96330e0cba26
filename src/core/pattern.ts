/**
 * IAM action patterns: `service:Name` where the name may hold `*` (any run) and `?` (one character).
 * Matching is case-insensitive and anchored at both ends, as IAM evaluates it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */

/** Splits `prefix:name` into its lower-cased prefix and name; `undefined` when there is no colon. */
export function splitAction(action: string): { prefix: string; name: string } | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0) return undefined;
  return { prefix: action.slice(0, colon).toLowerCase(), name: action.slice(colon + 1) };
}

/** True when the string holds an IAM wildcard (`*` or `?`). */
export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

const cache = new Map<string, RegExp>();

/** Compiles a pattern to an anchored, case-insensitive regular expression. */
export function patternToRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|/-]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 'is');
    cache.set(pattern, re);
  }
  return re;
}

/** True when `action` (e.g. `ec2:DescribeInstances`) is granted by `pattern` (e.g. `EC2:describe*`). */
export function matchesPattern(pattern: string, action: string): boolean {
  return patternToRegExp(pattern).test(action);
}
