// A chip of the status area on the app bar's blue: calm items in white outline, those that need
// the person in warm or red fills with dark text (each at least 7:1), the words carrying the
// meaning and the colour only repeating it.
import Chip from '@mui/material/Chip';
import type { ReactElement } from 'react';
import { hrefTo } from '../../app/router';

export type ChipTone = 'calm' | 'warning' | 'error';

// MUI gives a clickable chip a translucent grey on hover and focus (`.MuiChip-clickable:hover`,
// which outranks a plain `&:hover`): over the blue bar that left dark text on blue, unreadable
// (axe caught it when the pointer rested on a chip). Each tone names its own hover fill instead.
const active = '&.MuiChip-clickable:hover, &.MuiChip-clickable:focus-visible';
const tones: Readonly<Record<ChipTone, object>> = {
  calm: { color: '#ffffff', borderColor: 'rgba(255,255,255,0.7)', bgcolor: 'transparent', '& .MuiChip-icon': { color: '#ffffff' }, [active]: { bgcolor: 'rgba(255,255,255,0.14)' } },
  warning: { color: '#4a2800', borderColor: '#fff3d6', bgcolor: '#fff3d6', '& .MuiChip-icon': { color: '#4a2800' }, [active]: { bgcolor: '#ffe6a8' } },
  error: { color: '#6b0b0e', borderColor: '#fde2e2', bgcolor: '#fde2e2', '& .MuiChip-icon': { color: '#6b0b0e' }, [active]: { bgcolor: '#fbcaca' } },
};

interface StatusChipProps {
  readonly label: string;
  /** The full sentence for screen readers and the tooltip. */
  readonly description: string;
  readonly icon: ReactElement;
  readonly tone?: ChipTone;
  readonly to: string;
  readonly testId?: string;
}

export function StatusChip({ label, description, icon, tone = 'calm', to, testId }: StatusChipProps) {
  return (
    <Chip
      component="a"
      href={hrefTo(to)}
      clickable
      size="small"
      variant="outlined"
      icon={icon}
      label={label}
      aria-label={description}
      title={description}
      data-testid={testId}
      sx={{ fontWeight: 600, maxWidth: 260, ...tones[tone] }}
    />
  );
}
