// Toggle buttons in the theme's readable colours: MUI's default grey for the unchosen ones is
// below 4.5:1 on white; the chosen one is marked by fill and weight, not by colour alone.
export const toggleLook = {
  '& .MuiToggleButton-root': { color: 'text.secondary', borderColor: 'divider' },
  '& .MuiToggleButton-root.Mui-selected': { color: 'primary.dark', bgcolor: '#e3eaf6', fontWeight: 700 },
} as const;
