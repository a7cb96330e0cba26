import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { lazy } from 'react';
import { AuditSection } from '../components/audit/AuditSection';
import { LazyPanel } from '../components/common/LazyPanel';
import { CompareSection } from '../components/compare/CompareSection';
import { EditionPanel } from '../components/choose/EditionPanel';
import { ServicesPanel } from '../components/choose/ServicesPanel';
import { ColorSchemeToggle } from '../components/layout/ColorSchemeToggle';
import { CopyLinkButton } from '../components/layout/CopyLinkButton';
import { NoticeBar } from '../components/layout/NoticeBar';
import { OrgSection } from '../components/org/OrgSection';
import { PolicyPanel } from '../components/policy/PolicyPanel';

// Below the first screen: their code loads after it, and the prerendered page shows their headings.
const StepsPanel = lazy(() => import('../components/steps/StepsPanel'));
const DeliverablesPanel = lazy(() => import('../components/deliverables/DeliverablesPanel'));

/** The page: choose on the left, take the policy and follow the steps on the right. */
export function App() {
  return (
    <>
      <AppBar position="static" component="header">
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1, py: 1 }}>
            <Typography variant="h5" component="h1">
              Cloudcraft IAM policy configurator
            </Typography>
            <Typography variant="body2">
              Choose what Cloudcraft may see in your AWS account and get the least-privilege policy.
            </Typography>
          </Box>
          <CopyLinkButton />
          <ColorSchemeToggle />
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" sx={{ maxWidth: 1280, mx: 'auto', p: { xs: 2, md: 3 } }}>
        <NoticeBar />
        <Box
          sx={{
            display: 'grid',
            gap: { xs: 3, md: 4 },
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 5fr) minmax(0, 7fr)' },
          }}
        >
          <Box>
            <EditionPanel />
            <ServicesPanel />
          </Box>
          <Box>
            <PolicyPanel />
            <Box component="section" aria-labelledby="steps-heading" sx={{ mt: 4 }}>
              <Typography id="steps-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
                Set up the role in the IAM console
              </Typography>
              <LazyPanel what="the console steps">
                <StepsPanel />
              </LazyPanel>
            </Box>
            <Box component="section" aria-labelledby="code-heading" sx={{ mt: 4 }}>
              <Typography id="code-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
                Or create it as code
              </Typography>
              <LazyPanel what="the templates" whenNear>
                <DeliverablesPanel />
              </LazyPanel>
            </Box>
            <OrgSection />
          </Box>
        </Box>
        <CompareSection />
        <AuditSection />
      </Box>
    </>
  );
}
