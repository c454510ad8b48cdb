// One titled part of the settings screen, as a labelled region for screen readers.
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function Section({ id, title, intro, children }: { readonly id: string; readonly title: string; readonly intro?: string; readonly children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={`${id}-title`} sx={{ p: 2.5, display: 'grid', gap: 1.5 }}>
      <Typography id={`${id}-title`} variant="h3" component="h2">
        {title}
      </Typography>
      {intro !== undefined && <Typography color="text.secondary">{intro}</Typography>}
      {children}
    </Paper>
  );
}
