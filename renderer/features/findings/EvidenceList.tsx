// The evidence pinned to a finding: pages of the file's documents (each can be shown in the
// viewer again) and site photos (thumbnail, time, place, distance to the KCP). "Tautkan halaman
// ini" pins the page open in the viewer; "Tambah foto lokasi" takes photos in through main.
import AddLink from '@mui/icons-material/AddLink';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ImportedPhoto } from '../../../common/contract/evidence';
import { formatPhotoTime, type Coordinates, type EvidenceRef, type SubmittedDocument } from '../../../common/domain';
import { t } from '../../i18n';
import type { Api } from '../../platform/api';
import { AddPhotos } from './AddPhotos';
import { sameEvidence } from './edit';
import { PhotoEvidence } from './PhotoEvidence';

const text = t.workspace.finding;

/** The page open in the viewer, which the verifier can pin. */
export interface LinkTarget {
  readonly documentId: string;
  readonly page: number;
  readonly fileName: string;
}

interface EvidenceListProps {
  readonly evidence: readonly EvidenceRef[];
  readonly documents: readonly SubmittedDocument[];
  readonly editable: boolean;
  readonly target: LinkTarget | undefined;
  /** The planned KCP's position, when the file has one: photos show their distance to it. */
  readonly kcp: Coordinates | undefined;
  /** Main, for photos: passed in rather than imported, so this list's module loads without a window (pure modules of other features import this feature). */
  readonly api: Api;
  readonly onLink: (target: LinkTarget) => void;
  readonly onPhotos: (photos: readonly ImportedPhoto[]) => void;
  readonly onShow: (documentId: string, page: number) => void;
  readonly onRemove: (index: number) => void;
}

export function describeRef(ref: EvidenceRef, documents: readonly SubmittedDocument[]): string {
  if (ref.kind === 'photo') return text.photo(ref.takenAt === undefined ? undefined : formatPhotoTime(ref.takenAt, ref.takenAtSource));
  const doc = documents.find((d) => d.id === ref.documentId);
  return text.pageRef(doc?.fileName ?? ref.documentId, ref.page);
}

export function EvidenceList({ evidence, documents, editable, target, kcp, api, onLink, onPhotos, onShow, onRemove }: EvidenceListProps) {
  const linked = target !== undefined && evidence.some((e) => sameEvidence(e, { kind: 'document', documentId: target.documentId, page: target.page }));
  return (
    <Box component="section" aria-label={text.evidence} sx={{ display: 'grid', gap: 0.75 }}>
      <Typography sx={{ fontWeight: 600 }}>{text.evidence}</Typography>
      {evidence.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {text.noEvidence}
        </Typography>
      ) : (
        <List dense disablePadding>
          {evidence.map((ref, i) => {
            const label = describeRef(ref, documents);
            return (
              <ListItem key={`${label}-${String(i)}`} disableGutters sx={{ gap: 1, flexWrap: 'wrap' }}>
                {ref.kind === 'photo' ? (
                  <PhotoEvidence photo={ref} label={label} kcp={kcp} api={api} />
                ) : (
                  <ListItemText primary={label} sx={{ flex: '1 1 160px', m: 0, overflowWrap: 'anywhere' }} />
                )}
                {ref.kind === 'document' && (
                  <Button size="small" aria-label={text.showRef(label)} onClick={() => { onShow(ref.documentId, ref.page); }}>
                    {text.show}
                  </Button>
                )}
                {editable && (
                  <Button size="small" color="error" aria-label={text.removeRef(label)} onClick={() => { onRemove(i); }}>
                    {text.remove}
                  </Button>
                )}
              </ListItem>
            );
          })}
        </List>
      )}
      {editable && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            size="small"
            startIcon={<AddLink />}
            disabled={target === undefined || linked}
            title={target === undefined ? undefined : text.linkPageOf(target.fileName, target.page)}
            onClick={() => {
              if (target !== undefined) onLink(target);
            }}
          >
            {text.linkPage}
          </Button>
          <AddPhotos api={api} onPhotos={onPhotos} />
          {target !== undefined && (
            <Typography variant="body2" color="text.secondary">
              {linked ? text.alreadyLinked : text.pageRef(target.fileName, target.page)}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
