// The preview of a made document, in the same viewer the dossier uses.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DocumentRow } from '../../db/rows';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { DocumentViewer } from '../viewer';

const text = t.workspace.decision;

export function PreviewPane({ document }: { readonly document: DocumentRow | undefined }) {
  return (
    <Box component="section" aria-label={text.preview} sx={{ minHeight: 0, height: '100%', border: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      {document === undefined ? (
        <Typography color="text.secondary" sx={{ p: 3 }}>
          {text.previewEmpty}
        </Typography>
      ) : (
        <DocumentViewer url={api.vaultUrl(document.sha256)} mediaType="application/pdf" title={document.kind === 'verification_report' ? text.generatedReport : text.generatedLetter} />
      )}
    </Box>
  );
}
