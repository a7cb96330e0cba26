/**
 * IAM action patterns: `service:Name` where the name may hold `*` (any run) and `?` (one character).
 * Matching is case-insensitive and anchored at both ends, as IAM evaluates it. The one matcher of the
 * project: the catalog build, the action index, core and the tests all match with it.
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

/**
 * Glob match of strings the caller has lower-cased: `*` any run, `?` one character, anchored at both
 * ends. Linear backtracking to the last star only, so a pattern full of stars cannot blow up as a
 * RegExp can. For hot loops over many actions; otherwise use `matchesPattern`.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      mark = t;
    } else if (c !== undefined && (c === '?' || c === text[t])) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** True when `action` (e.g. `ec2:DescribeInstances`) is granted by `pattern` (e.g. `EC2:describe*`). */
export function matchesPattern(pattern: string, action: string): boolean {
  return globMatch(pattern.toLowerCase(), action.toLowerCase());
}
