import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useMemo } from 'react';
import { buildConsoleSteps } from '../../core/deploy/console-steps';
import type { Deployment } from '../../core/deploy/deployment';
import { withDeferredDeployment } from '../common/with-deferred-deployment';
import { CopyButton } from '../common/CopyButton';
import { RoleInputsForm } from './RoleInputsForm';

/**
 * Numbered IAM console instructions, adapted to the choices, with a copy button for every value.
 * Loaded after the first screen (it is below it): the page's section holds its heading.
 */
function StepsBody({ deployment }: { deployment: Deployment }) {
  const steps = useMemo(() => buildConsoleSteps(deployment), [deployment]);
  return (
    <>
      <RoleInputsForm />
      <Box component="ol" sx={{ pl: 3, m: 0 }}>
        {steps.map((step) => (
          <Box component="li" key={step.number} sx={{ mb: 2 }}>
            <Typography sx={{ fontWeight: 500 }}>{step.title}</Typography>
            {step.text && (
              <Typography variant="body2" color="text.secondary">
                {step.text}
              </Typography>
            )}
            {step.link && (
              <Link href={step.link.href} target="_blank" rel="noopener noreferrer" variant="body2">
                {step.link.label}
                <OpenInNewIcon
                  fontSize="inherit"
                  sx={{ ml: 0.5, verticalAlign: 'middle' }}
                  aria-label="(opens in a new tab)"
                />
              </Link>
            )}
            {step.values?.map((v) => (
              <Box
                key={v.label}
                sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 0.5 }}
              >
                <Typography variant="body2">{v.label}:</Typography>
                {v.format === 'text' && (
                  <Box component="code" sx={{ fontSize: '0.8125rem', wordBreak: 'break-all' }}>
                    {v.value}
                  </Box>
                )}
                <CopyButton
                  text={v.value}
                  what={`${v.label.toLowerCase()} (step ${step.number})`}
                  variant="text"
                />
              </Box>
            ))}
          </Box>
        ))}
      </Box>
    </>
  );
}

// Deferred inputs: the policy updates within the frame; the steps follow in the background.
export default withDeferredDeployment(StepsBody);
