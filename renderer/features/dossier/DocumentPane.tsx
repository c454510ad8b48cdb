// The file's documents beside the checklist: a chooser (grouped by requirement) and the viewer.
// The page shown is held by the dossier, so evidence links and PageDown from the checklist can
// move it, and "tautkan halaman ini" knows which page is open.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { requirementIds, type SubmittedDocument } from '../../../common/domain';
import { t } from '../../i18n';
import { api } from '../../platform/api';
import { DocumentViewer, type ViewerMediaType } from '../viewer';

const text = t.workspace.dossier;
const viewable = new Set<string>(['application/pdf', 'image/jpeg', 'image/png']);
const isViewable = (type: string): type is ViewerMediaType => viewable.has(type);

interface DocumentPaneProps {
  readonly documents: readonly SubmittedDocument[];
  readonly documentId: string | undefined;
  readonly page: number;
  readonly onChoose: (documentId: string) => void;
  readonly onPage: (page: number) => void;
}

export function DocumentPane({ documents, documentId, page, onChoose, onPage }: DocumentPaneProps) {
  const doc = documents.find((d) => d.id === documentId);
  if (documents.length === 0) return <Alert severity="info">{text.noDocuments}</Alert>;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, height: '100%', minHeight: 0 }}>
      <FormControl size="small" fullWidth>
        <InputLabel id="dossier-document-label">{text.documents}</InputLabel>
        <Select
          labelId="dossier-document-label"
          label={text.documents}
          value={doc?.id ?? ''}
          onChange={(e) => {
            onChoose(e.target.value);
          }}
        >
          {requirementIds.flatMap((r) => {
            const mine = documents.filter((d) => d.requirement === r);
            return mine.length === 0
              ? []
              : [
                  <ListSubheader key={`h-${r}`}>{text.documentOf(r)}</ListSubheader>,
                  ...mine.map((d) => (
                    <MenuItem key={d.id} value={d.id}>
                      {d.fileName}
                    </MenuItem>
                  )),
                ];
          })}
        </Select>
      </FormControl>
      <Box sx={{ flex: 1, minHeight: 0, border: 1, borderColor: 'divider' }}>
        {doc !== undefined && isViewable(doc.mediaType) && (
          <DocumentViewer url={api.vaultUrl(doc.sha256)} mediaType={doc.mediaType} title={doc.fileName} initialPage={page} onPageChange={onPage} />
        )}
        {doc !== undefined && !isViewable(doc.mediaType) && <Alert severity="warning">{text.unviewable(doc.fileName, doc.mediaType)}</Alert>}
      </Box>
    </Box>
  );
}
