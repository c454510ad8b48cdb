// A short list of labelled facts (a description list), read by screen readers as term and value.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function Facts({ items }: { readonly items: readonly (readonly [string, ReactNode, string?])[] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(160px, max-content) 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}>
      {items.map(([term, value, testId]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>{term}</Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }} data-testid={testId}>{value}</Typography>
        </Box>
      ))}
    </Box>
  );
}
