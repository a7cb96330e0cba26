import { createTheme } from '@mui/material/styles';

/** Light and dark schemes as CSS variables; the `light` / `dark` class on <html> picks one. */
export const theme = createTheme({
  colorSchemes: { light: true, dark: true },
  cssVariables: { colorSchemeSelector: 'class' },
  typography: {
    fontFamily: 'Roboto, system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif',
  },
});
