import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { buildOptions } from '../scripts/vite/build-options.ts';
import { contentSecurityPolicyMeta } from '../scripts/vite/content-security-policy.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The floor page, built like the page (same plugins, build options, CSP and favicon) into bench/floor/dist. */
export default defineConfig({
  root: here('floor'),
  publicDir: here('../public'),
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { ...buildOptions, outDir: here('floor/dist'), emptyOutDir: true },
  logLevel: 'warn',
});
