import { describe, expect, it } from 'vitest';
import { craftedAuditInput } from './measure-audit';

describe('craftedAuditInput', () => {
  it('is 5,000 statements each allowing "*" on "*", under the audit’s 1 MiB input limit', () => {
    const text = craftedAuditInput();
    const policy = JSON.parse(text) as { Statement: { Effect: string; Action: string[] }[] };
    expect(policy.Statement).toHaveLength(5000);
    expect(policy.Statement.every((s) => s.Effect === 'Allow' && s.Action[0] === '*')).toBe(true);
    expect(text.length).toBeGreaterThan(900_000);
    expect(text.length).toBeLessThanOrEqual(1_048_576);
  });
});
