// One pinned site photo: a thumbnail loaded from the vault, when and where it was taken, and how
// far that is from the planned KCP. The picture opens full size in a new view of the vault file.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Coordinates, EvidenceRef } from '../../../common/domain';
import { t } from '../../i18n';
import type { Api } from '../../platform/api';
import { photoFacts } from './photo-facts';

const text = t.workspace.finding;

interface PhotoEvidenceProps {
  readonly photo: Extract<EvidenceRef, { kind: 'photo' }>;
  readonly label: string;
  readonly kcp: Coordinates | undefined;
  readonly api: Api;
}

export function PhotoEvidence({ photo, label, kcp, api }: PhotoEvidenceProps) {
  const facts = photoFacts(photo, kcp);
  return (
    <Box sx={{ display: 'flex', gap: 1.25, alignItems: 'flex-start', flex: '1 1 220px', minWidth: 0 }} data-testid="photo-evidence">
      <Box
        component="img"
        src={api.vaultUrl(photo.blobSha256)}
        alt={text.photoAlt(label)}
        loading="lazy"
        sx={{ width: 96, height: 72, objectFit: 'cover', borderRadius: 0.5, border: 1, borderColor: 'divider', flex: 'none', bgcolor: 'action.hover' }}
      />
      <Box sx={{ minWidth: 0, display: 'grid', gap: 0.25 }}>
        {/* The time has a line of its own; the full label (with the time) names the picture and the buttons. */}
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {text.photo(undefined)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {facts.taken}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {facts.place}
        </Typography>
        {facts.distance !== undefined && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }} data-testid="photo-distance">
            {facts.distance}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
