// A vault document on a screen of its own, at `#/dokumen/<jenis>/<sha256>` (jenis: pdf, jpeg or
// png): for previewing a generated PDF or reading a packet document at full size. The address
// names the file only by its hash; the vault decides what exists.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { isSha256Hex } from '../../../common/contract';
import { api } from '../../platform/api';
import { DocumentViewer, type ViewerMediaType } from './DocumentViewer';
import { viewerText } from './messages';
import { ViewerFailure } from './ViewerStatus';

const kinds: ReadonlyMap<string, ViewerMediaType> = new Map([
  ['pdf', 'application/pdf'],
  ['jpeg', 'image/jpeg'],
  ['png', 'image/png'],
]);

export function DocumentScreen({ params }: { readonly params: Readonly<Record<string, string>> }): ReactNode {
  const mediaType = kinds.get(params.kind ?? '');
  const sha256 = params.sha256 ?? '';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="h2" component="h1">
        {viewerText.screenTitle}
      </Typography>
      {mediaType !== undefined && isSha256Hex(sha256) ? (
        // The shell gives screens no height of their own; the viewer takes what is left below
        // the app bar, the padding and the heading.
        <Box sx={{ height: 'calc(100vh - 180px)', minHeight: 360, border: 1, borderColor: 'divider' }}>
          <DocumentViewer url={api.vaultUrl(sha256)} mediaType={mediaType} title={viewerText.screenDocument(sha256)} />
        </Box>
      ) : (
        <ViewerFailure failure={{ kind: 'bad-address' }} />
      )}
    </Box>
  );
}

/** This screen as an entry of the app's route table (reached from other screens, not the menu). */
export const documentScreen = { path: '/dokumen/:kind/:sha256', title: viewerText.screenTitle, wide: true, Screen: DocumentScreen } as const;
