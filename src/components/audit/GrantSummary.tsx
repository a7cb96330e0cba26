import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import type { PolicyAnalysis } from '../../core/audit/analysis/analysis-types';
import { ActionDisclosure } from './ActionDisclosure';
import { toActionRows } from '../../core/audit/analysis/action-rows';
import { byCount, plural } from '../../core/count-text';

/** One part of the summary: a heading, a sentence, and the actions behind it. */
function SummaryBlock({
  title,
  text,
  children,
}: {
  title: string;
  text: string;
  children?: ReactNode;
}) {
  return (
    <Box component="section" aria-label={title} sx={{ mt: 2 }}>
      <Typography variant="h4" sx={{ fontSize: '1rem', mb: 0.5 }}>
        {title}
      </Typography>
      <Typography variant="body2">{text}</Typography>
      {children}
    </Box>
  );
}

/** What the policy grants beyond read-only and beyond the edition, what it lacks, what reads data. */
export function GrantSummary({ analysis }: { analysis: PolicyAnalysis }) {
  const edition = bundledCatalog.getEdition(analysis.editionId).label;
  const { beyondReadOnly, surplus, missing, sensitive } = analysis;
  const { counts } = beyondReadOnly;
  return (
    <>
      <SummaryBlock
        title="Beyond read-only"
        text={
          beyondReadOnly.count === 0
            ? 'None: everything it grants is List or Read.'
            : `${plural(beyondReadOnly.count, 'action')}: ${counts.Write} Write, ${counts['Permissions management']} Permissions management, ${counts.Tagging} Tagging. Cloudcraft only reads and needs none of them.`
        }
      >
        <ActionDisclosure
          actions={toActionRows(bundledCatalog, beyondReadOnly.actions)}
          context="beyond read-only"
        />
      </SummaryBlock>
      <SummaryBlock
        title={`Surplus to ${edition}`}
        text={
          surplus.count === 0
            ? `None: it grants nothing ${edition} does not use.`
            : `${plural(surplus.count, 'action')} ${edition} does not use, by service prefix: ${surplus.byPrefix.map((p) => `${p.prefix} (${p.count})`).join(', ')}.`
        }
      >
        <ActionDisclosure
          actions={toActionRows(bundledCatalog, surplus.actions)}
          context="the edition does not use"
        />
      </SummaryBlock>
      <SummaryBlock
        title="Missing for the services it covers"
        text={
          missing.count === 0
            ? `None: the services it covers get every action ${edition} grants them.`
            : `${plural(missing.count, 'action')} ${edition} grants ${byCount(missing.count, 'is', 'are')} missing, which is what Cloudcraft reports as “Limited AWS access”.`
        }
      >
        {missing.byService.length > 0 && (
          <Box
            component="ul"
            aria-label="Missing actions by service"
            sx={{ m: 0, p: 0, listStyle: 'none' }}
          >
            {missing.byService.map(({ serviceId, actions }) => {
              const name = bundledCatalog.serviceName(serviceId);
              return (
                <Box component="li" key={serviceId} sx={{ mt: 0.5 }}>
                  <Typography variant="body2">
                    {name}: {plural(actions.length, 'action')} missing
                  </Typography>
                  <ActionDisclosure
                    actions={toActionRows(bundledCatalog, actions)}
                    context="missing"
                    detail={`from ${name}`}
                  />
                </Box>
              );
            })}
          </Box>
        )}
      </SummaryBlock>
      <SummaryBlock
        title="Reads data or secrets"
        text={
          sensitive.length === 0
            ? 'None of the reads it grants return data or secrets.'
            : `${plural(sensitive.length, 'read')} ${byCount(sensitive.length, 'returns', 'return')} data or secrets, not just metadata.`
        }
      >
        <ActionDisclosure
          actions={toActionRows(
            bundledCatalog,
            sensitive.map((s) => s.action),
          )}
          context="reading data or secrets"
        />
      </SummaryBlock>
    </>
  );
}
