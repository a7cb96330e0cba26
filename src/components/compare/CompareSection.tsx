import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { lazy } from 'react';
import { DisclosureSection } from '../common/DisclosureSection';

// The comparison and its baselines data load only when the user opens it.
const ComparePanel = lazy(() => import('./ComparePanel'));

/** "Compared with AWS managed policies": a disclosure button that loads the comparison on demand. */
export function CompareSection() {
  return (
    <DisclosureSection
      id="compare"
      title="Compared with AWS managed policies"
      intro="Cloudcraft’s in-app setup attaches AWS’s ReadOnlyAccess. See how much less this policy grants, and which reads of your data it leaves out."
      labels={{ show: 'Show the comparison', hide: 'Hide the comparison' }}
      icon={<CompareArrowsIcon />}
      what="the comparison"
    >
      <ComparePanel />
    </DisclosureSection>
  );
}
