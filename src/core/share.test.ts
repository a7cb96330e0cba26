import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../test/fixture-catalog';
import { decodeShareState as decode, encodeShareState, type ShareState } from './share';

const decodeShareState = (fragment: string) => decode(fixtureCatalog, fragment);
import { propertyRuns } from '../test/property-runs';

const state: ShareState = {
  editionId: 'custom-20230818',
  mode: 'exact',
  selection: ['ec2', 'lambda', 's3'],
  role: { externalId: 'abc-123', accountId: '123456789012', roleName: 'cloudcraft-ro' },
};

describe('share links', () => {
  it('round-trips the choices, leaving the External ID out unless asked', () => {
    const link = encodeShareState(state, { includeExternalId: false });
    expect(link).not.toContain('abc-123');
    expect(decodeShareState(`#${link}`)).toEqual({
      state: { ...state, role: { accountId: '123456789012', roleName: 'cloudcraft-ro' } },
      notices: [],
    });
    const withId = encodeShareState(state, { includeExternalId: true });
    expect(decodeShareState(withId)).toEqual({ state, notices: [] });
  });

  it('keeps EC2 whatever the link says, and says so', () => {
    const decoded = decodeShareState('services=s3,lambda');
    expect(decoded.state.selection).toEqual(['ec2', 'lambda', 's3']);
    expect(decoded.notices).toEqual([
      'The link left out Amazon EC2; it stays in, because Cloudcraft needs it to scan the account.',
    ]);
  });

  it('ignores unknown and malformed values with a notice each', () => {
    const decoded = decodeShareState(
      'edition=2019&mode=all&services=ec2,nosuch&account=12&role=a%20b&externalId=x&foo=1',
    );
    expect(decoded.state).toEqual({ selection: ['ec2'] });
    expect(decoded.notices).toEqual([
      'The link had settings this page does not know (foo); they were ignored.',
      'The link names an unknown edition "2019"; the current one was kept.',
      'The link names an unknown mode "all"; the current one was kept.',
      'The link names unknown services (nosuch); they were ignored.',
      "The link's account ID was ignored: An AWS account ID is exactly 12 digits.",
      "The link's role name was ignored: A role name can use letters, digits and + = , . @ - _ only.",
      "The link's External ID was ignored: The External ID needs at least 2 characters.",
    ]);
  });

  it('treats an empty fragment as no link and a huge one as not ours', () => {
    expect(decodeShareState('')).toEqual({ state: {}, notices: [] });
    expect(decodeShareState('#')).toEqual({ state: {}, notices: [] });
    expect(decodeShareState(`services=${'s3,'.repeat(10_000)}`).notices).toEqual([
      'The link is too long to be one of ours; it was ignored.',
    ]);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const decoded = decodeShareState(text);
        expect(decoded.state.selection ?? ['ec2']).toContain('ec2');
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
