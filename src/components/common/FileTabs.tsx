import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { PolicyText } from '../policy/PolicyText';
import { CopyButton } from './CopyButton';
import { DownloadButton } from './DownloadButton';

/** A tab of generated files. */
export interface FileTab<Id extends string> {
  id: Id;
  label: string;
}

/** The file the selected tab shows. */
export interface ShownFile {
  label: string;
  summary: string;
  text: string;
  fileName: string;
  mimeType: string;
}

/** Props of `FileTabs`. */
export interface FileTabsProps<Id extends string> {
  /** The tab list's accessible name. */
  label: string;
  /** Stem of the tabs' and panel's element ids, unique on the page. */
  idStem: string;
  tabs: readonly FileTab<Id>[];
  value: Id;
  onChange: (id: Id) => void;
  file: ShownFile;
  /** Controls before the copy and download buttons (a format switch). */
  tools?: ReactNode;
  /** What comes between the buttons and the text (how to deploy it). */
  children?: ReactNode;
}

/** Tabs of generated files: the selected one's summary, copy and download, then its text. */
export function FileTabs<Id extends string>({
  label,
  idStem,
  tabs,
  value,
  onChange,
  file,
  tools,
  children,
}: FileTabsProps<Id>) {
  return (
    <>
      <Tabs
        value={value}
        onChange={(_, id: Id) => onChange(id)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={label}
      >
        {tabs.map((t) => (
          <Tab
            key={t.id}
            value={t.id}
            label={t.label}
            id={`${idStem}tab-${t.id}`}
            aria-controls={`${idStem}panel-${t.id}`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`${idStem}panel-${value}`}
        aria-labelledby={`${idStem}tab-${value}`}
        sx={{ pt: 2 }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {file.summary}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
          {tools}
          <Box sx={{ flex: 1 }} />
          <CopyButton text={file.text} what={`${file.label} ${file.fileName}`} />
          <DownloadButton
            text={file.text}
            fileName={file.fileName}
            mimeType={file.mimeType}
            what={file.label}
          />
        </Box>
        {children}
        <PolicyText text={file.text} label={`${file.label}, ${file.fileName}`} />
      </Box>
    </>
  );
}
