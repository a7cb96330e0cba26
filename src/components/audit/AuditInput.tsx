import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { readPolicyFile } from '../../lib/audit/read-policy-file';

/** Props of `AuditInput`. */
export interface AuditInputProps {
  value: string;
  onChange: (text: string) => void;
  /** Audits this text: the current value, or the text of a file just read. */
  onAudit: (text: string) => void;
  /** The page's Cloudcraft account ID, for the command that narrows a too large file. */
  accountId: string;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The text area to paste a policy into (files can be dropped on it), "Choose a file" and "Audit". */
export function AuditInput({ value, onChange, onAudit, accountId }: AuditInputProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string>();
  const [dragging, setDragging] = useState(false);

  // The panel opens from a button that then disappears: give focus to where the work starts.
  useEffect(() => area.current?.focus(), []);

  const load = async (file: File | undefined) => {
    if (!file) return;
    const read = await readPolicyFile(file, accountId);
    if ('error' in read) return setFileError(read.error);
    setFileError(undefined);
    onChange(read.text);
    onAudit(read.text);
  };
  const drop = (event: DragEvent) => {
    setDragging(false);
    if (!hasFiles(event)) return;
    event.preventDefault();
    void load(event.dataTransfer.files[0]);
  };
  const dragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(true);
  };

  return (
    <Box>
      <TextField
        label="Policy to audit"
        multiline
        fullWidth
        rows={14}
        value={value}
        inputRef={area}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onAudit(value);
        }}
        helperText="Paste a policy, statements or actions, a managed policy ARN, or the output of aws iam get-policy-version, get-role-policy, list-attached-role-policies or get-account-authorization-details; or drop a file here. Ctrl+Enter audits. Nothing leaves this page."
        slotProps={{
          // A plain textarea: MUI's auto-sizing one copies and measures the whole text on every
          // render, which takes seconds for a 1 MB paste.
          input: { inputComponent: 'textarea' },
          htmlInput: {
            type: undefined,
            spellCheck: false,
            autoCapitalize: 'off',
            autoCorrect: 'off',
            onDrop: drop,
            onDragOver: dragOver,
            onDragLeave: () => setDragging(false),
          },
        }}
        sx={{
          '& textarea': {
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
            fontSize: '0.8125rem',
          },
          ...(dragging && {
            '& .MuiOutlinedInput-notchedOutline': { borderStyle: 'dashed', borderWidth: 2 },
          }),
        }}
        color={dragging ? 'secondary' : 'primary'}
        focused={dragging || undefined}
      />
      <input
        ref={picker}
        type="file"
        accept=".json,.txt,application/json,text/plain"
        hidden
        onChange={(event) => {
          void load(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {fileError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {fileError}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        <Button variant="contained" startIcon={<FactCheckIcon />} onClick={() => onAudit(value)}>
          Audit
        </Button>
        <Button
          variant="outlined"
          startIcon={<UploadFileIcon />}
          onClick={() => picker.current?.click()}
        >
          Choose a file
        </Button>
      </Box>
    </Box>
  );
}
