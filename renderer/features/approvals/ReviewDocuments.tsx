// The generated documents of the file in the shared viewer — the signed letter once there is
// one, the draft letter, the Berita Acara — one at a time.
import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { DocumentRow } from '../../db/rows';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { DocumentViewer } from '../viewer';
import { toggleLook } from './toggle-look';

const text = t.approvals.review;

export const documentTitle = (d: DocumentRow): string => (d.kind === 'verification_report' ? text.report : d.signed ? text.signedLetter : text.letter);
const tabLabel = (d: DocumentRow): string => (d.kind === 'verification_report' ? text.tabs.report : d.signed ? text.tabs.signedLetter : text.tabs.letter);

interface ReviewDocumentsProps {
  readonly documents: readonly DocumentRow[];
  readonly shown: DocumentRow | undefined;
  readonly onShow: (id: string) => void;
}

export function ReviewDocuments({ documents, shown, onShow }: ReviewDocumentsProps) {
  if (shown === undefined) {
    return (
      <Box component="section" aria-label={text.documents} sx={{ p: 3, border: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <Typography color="text.secondary">{text.noDocuments}</Typography>
      </Box>
    );
  }
  return (
    <Box component="section" aria-label={text.documents} sx={{ display: 'flex', flexDirection: 'column', gap: 1, minHeight: 0, height: '100%' }}>
      <ToggleButtonGroup exclusive size="small" value={shown.id} aria-label={text.documentTabs} onChange={(_e, id: string | null) => { if (id !== null) onShow(id); }} sx={{ flexWrap: 'wrap', ...toggleLook }}>
        {documents.map((d) => (
          <ToggleButton key={d.id} value={d.id}>{tabLabel(d)}</ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Box sx={{ flex: 1, minHeight: 0, border: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <DocumentViewer key={shown.id} url={api.vaultUrl(shown.sha256)} mediaType="application/pdf" title={documentTitle(shown)} />
      </Box>
    </Box>
  );
}
