import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { buildOrgCommands, readOrgTargets } from '../../core/org/org-commands';
import { CommandLine } from '../common/CommandLine';

/** Who runs what, where: the OU ids to deploy to, and the commands to paste into CloudShell. */
export function OrgCommands({ externalIdKnown }: { externalIdKnown: boolean }) {
  const [text, setText] = useState('');
  const targets = readOrgTargets(text);
  const commands = buildOrgCommands(targets.ids, externalIdKnown);
  return (
    <Box>
      <TextField
        label="OU or root ids"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={Boolean(targets.error)}
        helperText={
          targets.error ??
          'From AWS Organizations, e.g. ou-ab12-cd34ef56, or r-ab12 for the whole organization. Separate several with commas.'
        }
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
        fullWidth
        sx={{ my: 1 }}
      />
      <Box component="ol" sx={{ pl: 3, my: 1 }}>
        <Box component="li" sx={{ mb: 1.5 }}>
          <Typography variant="body2">
            In AWS CloudShell in the management account, upload the rollout script and run it
            {externalIdKnown ? '' : ' with the External ID Cloudcraft shows'}. A delegated StackSets
            administrator adds <code>--call-as DELEGATED_ADMIN</code>.
          </Typography>
          <CommandLine text={commands.rollout} what="rollout command" />
        </Box>
        <Box component="li">
          <Typography variant="body2">
            Then, with a Cloudcraft API key, upload the registration script and run it. The first
            command reads the key without showing it or keeping it in the shell’s history.
          </Typography>
          <CommandLine text={commands.apiKey} what="command that reads the API key" />
          <CommandLine text={commands.register} what="registration command" />
        </Box>
      </Box>
    </Box>
  );
}
