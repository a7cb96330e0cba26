import { describe, expect, it } from 'vitest';
import { readPolicyFile } from './read-policy-file';

const big = (start: string) =>
  new File([start, ' '.repeat(1_100_000)], 'details.json', { type: 'application/json' });

describe('readPolicyFile', () => {
  it('reads a file within 1 MB', async () => {
    const file = new File(['{"Version": "2012-10-17"}'], 'p.json');
    await expect(readPolicyFile(file, '968898580625')).resolves.toEqual({
      text: '{"Version": "2012-10-17"}',
    });
  });

  it('refuses a larger one, with the narrower command for authorization details', async () => {
    const policy = await readPolicyFile(big('{"Statement": ['), '968898580625');
    expect(policy).toEqual({
      error:
        '“details.json” is 1.0 MB (1,100,015 bytes), more than the 1 MB the audit reads, so it was not read. A managed policy holds at most 6,144 characters: choose one policy.',
    });
    const details = await readPolicyFile(big('{\n    "UserDetailList": [\n'), '111122223333');
    expect('error' in details && details.error).toMatch(
      /^“details.json”: The input is 1.0 MB \(1,100,026 bytes\), more than .* get-account-authorization-details output of a whole account: .*\(AssumeRolePolicyDocument\), `"111122223333"`\)\]/,
    );
  });
});
