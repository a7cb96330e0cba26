// Puts the colour scheme class (`light` or `dark`) on <html> before the prerendered page paints, as
// MUI's InitColorSchemeScript would inline (the CSP allows only script files): the mode the user
// chose (MUI keeps it in local storage), else the system's. Keys and classes as in src/app/theme.ts.
(function () {
  let mode = 'system';
  try {
    mode = localStorage.getItem('mui-mode') || 'system';
  } catch {
    // Storage blocked: follow the system.
  }
  const dark =
    mode === 'dark' || (mode !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.remove('light', 'dark');
  document.documentElement.classList.add(dark ? 'dark' : 'light');
})();
