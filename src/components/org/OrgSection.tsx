import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy } from 'react';
import { DisclosureSection } from '../common/DisclosureSection';

// The scripts and their renderers load only when the user opens the section.
const OrgPanel = lazy(() => import('./OrgPanel'));

/** "Every account in your AWS Organization": who runs what, where, and the scripts on demand. */
export function OrgSection() {
  return (
    <DisclosureSection
      id="org"
      title="Every account in your AWS Organization"
      intro="Put the role in every account with a CloudFormation StackSet, including accounts that join later, then add them all to Cloudcraft at once. You run both scripts in AWS CloudShell, in the organization’s management account (or a delegated StackSets administrator)."
      labels={{ show: 'Show the organization rollout', hide: 'Hide the organization rollout' }}
      icon={<AccountTreeIcon />}
      what="the organization rollout"
    >
      <OrgPanel />
    </DisclosureSection>
  );
}
