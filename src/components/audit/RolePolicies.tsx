import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { renderFetchPolicyCommands } from '../../core/audit/account/policy-arn';
import type { AuditedPolicy, AuditSubject } from '../../core/audit/analysis/audit-result';
import { DownloadButton } from '../common/DownloadButton';
import { CommandLine } from '../common/CommandLine';

const KIND: Record<AuditedPolicy['kind'], string> = {
  'aws-managed': 'AWS managed',
  'customer-managed': 'customer managed',
  inline: 'inline',
};

function describePolicy(policy: AuditedPolicy): string {
  const version = policy.versionId ? ` ${policy.versionId}` : '';
  const from = {
    pasted: `${version} from the pasted output`,
    bundled: `${version} as this page holds it`,
    missing: ', not read',
  }[policy.origin];
  const { statements } = policy;
  const at = !statements
    ? ''
    : statements.count === 1
      ? `: statement ${statements.first}`
      : `: statements ${statements.first} to ${statements.first + statements.count - 1}`;
  return `${policy.name}, ${KIND[policy.kind]}${from}${at}`;
}

/** The policies the commands print, for one that was not read. */
function FetchCommands({ policy }: { policy: AuditedPolicy }) {
  if (!policy.arn) return null;
  const [getPolicy, getVersion] = renderFetchPolicyCommands(policy.arn);
  return (
    <Box component="li" sx={{ mt: 1 }}>
      <Typography variant="body2">
        {policy.name} (<code>{policy.arn}</code>): run both in one shell, then paste the second’s
        output here.
      </Typography>
      <CommandLine text={getPolicy} what={`get-policy command for ${policy.name}`} />
      <CommandLine text={getVersion} what={`get-policy-version command for ${policy.name}`} />
    </Box>
  );
}

/** A role's policies as the audit read them: where each came from, and how to get those it could not. */
export function RolePolicies({ subject }: { subject: AuditSubject }) {
  const { policies, role, parse } = subject;
  if (!policies || !role) return null;
  const missing = policies.filter((p) => p.origin === 'missing' && p.arn);
  return (
    <Box component="section" aria-labelledby="audit-role-heading" sx={{ mt: 2 }}>
      <Typography id="audit-role-heading" variant="h4" sx={{ fontSize: '1rem', mb: 0.5 }}>
        Policies of role {role.name}
      </Typography>
      <Box component="ul" aria-label={`Policies of role ${role.name}`} sx={{ m: 0, pl: 3 }}>
        {policies.map((p) => (
          <Typography component="li" variant="body2" key={`${p.kind}-${p.arn ?? p.name}`}>
            {describePolicy(p)}
          </Typography>
        ))}
      </Box>
      {parse.documentText !== undefined && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1 }}>
          <Typography variant="body2" sx={{ flex: '1 1 14rem' }}>
            They were audited as one document holding every statement; findings’ statement numbers
            and lines point into it.
          </Typography>
          <DownloadButton
            text={parse.documentText}
            fileName="role-policies-merged.json"
            mimeType="application/json"
            what={`the policies of role ${role.name}, merged,`}
          />
        </Box>
      )}
      {missing.length > 0 && (
        <>
          <Typography variant="h5" sx={{ fontSize: '0.9375rem', fontWeight: 600, mt: 2 }}>
            Policies the audit could not read
          </Typography>
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {missing.map((p) => (
              <FetchCommands key={p.arn} policy={p} />
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
