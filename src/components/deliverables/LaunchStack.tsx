import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Typography from '@mui/material/Typography';
import LaunchIcon from '@mui/icons-material/Launch';
import { useId, useMemo, useState } from 'react';
import { AWS_REGIONS, isAwsRegion } from '../../core/deploy/aws-regions';
import type { Deployment } from '../../core/deploy/deployment';
import { buildLaunchStackLink, LAUNCH_STACK_DEFAULT_REGION } from '../../core/deploy/launch-stack';
import type { TemplateBaseUrl } from '../../core/deploy/template-base-url';

/** Props of `LaunchStack`. */
export interface LaunchStackProps {
  deployment: Deployment;
  base: TemplateBaseUrl;
}

/** A region picker and the "Launch Stack" link to CloudFormation's quick-create page. */
export function LaunchStack({ deployment, base }: LaunchStackProps) {
  const id = useId();
  const [region, setRegion] = useState(LAUNCH_STACK_DEFAULT_REGION);
  const link = useMemo(
    () => buildLaunchStackLink(deployment, base, region),
    [deployment, base, region],
  );
  const missingExternalId = !deployment.role.externalId;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', my: 1.5 }}>
      <FormControl size="small" sx={{ minWidth: 0, flex: '0 1 17rem' }}>
        <InputLabel id={`${id}-region`}>Stack region</InputLabel>
        <Select
          labelId={`${id}-region`}
          label="Stack region"
          value={region}
          onChange={(event) => isAwsRegion(event.target.value) && setRegion(event.target.value)}
        >
          {AWS_REGIONS.map((r) => (
            <MenuItem key={r.code} value={r.code}>
              {r.code} ({r.name})
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Button
        variant="contained"
        href={link.url}
        target="_blank"
        rel="noopener noreferrer"
        endIcon={<LaunchIcon aria-hidden />}
        aria-describedby={`${id}-about`}
      >
        Launch Stack
      </Button>
      <Typography
        id={`${id}-about`}
        variant="body2"
        color="text.secondary"
        sx={{ flexBasis: '100%' }}
      >
        Opens the AWS CloudFormation console in a new tab with this edition’s{' '}
        {deployment.model.mode} template and your choices filled in: it grants exactly this policy.
        Acknowledge the IAM resources, then Create stack. IAM is global: the region only sets where
        the stack is kept (Cloudcraft checks the role from us-east-1).
        {missingExternalId &&
          ' The External ID is not filled in yet: type it above, or in the console.'}
      </Typography>
    </Box>
  );
}
