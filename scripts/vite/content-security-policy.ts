import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../hosting/response-headers.ts';

/** Adds the CSP meta to the built page only: the dev server injects inline scripts for HMR. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
