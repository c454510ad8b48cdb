// The look of Verikop: a sober government blue on near-white, dark text and firm borders so
// screens stay readable on a laptop in daylight at a site visit. Every text colour here has a
// contrast of at least 7:1 on its background (WCAG AAA for body text).
import { createTheme } from '@mui/material/styles';

// System fonts only: the app works offline and its CSP loads nothing from outside.
const fontFamily = ['"Noto Sans"', '"Segoe UI"', 'Roboto', '"DejaVu Sans"', '"Helvetica Neue"', 'Arial', 'sans-serif'].join(',');

export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#0b3d91', dark: '#072a66', light: '#3a64ad', contrastText: '#ffffff' },
    secondary: { main: '#005a4e', contrastText: '#ffffff' },
    error: { main: '#a4161a' },
    warning: { main: '#8a4b00' },
    success: { main: '#1b5e20' },
    background: { default: '#f3f5f8', paper: '#ffffff' },
    text: { primary: '#111827', secondary: '#374151' },
    divider: '#c9d1dc',
  },
  typography: {
    fontFamily,
    fontSize: 15,
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.4rem', fontWeight: 600 },
    h3: { fontSize: '1.2rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  shape: { borderRadius: 6 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
    // Messages that matter (errors, warnings) at full body size, not MUI's smaller default.
    MuiAlert: { styleOverrides: { root: { fontSize: '1rem' } } },
    MuiCssBaseline: {
      styleOverrides: {
        // A focus ring that stays visible in sunlight, for people who work by keyboard.
        ':focus-visible': { outline: '3px solid #f2a900', outlineOffset: 2 },
      },
    },
  },
});
