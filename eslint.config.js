import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Path imports only: the root barrels slow every test file that touches them. */
const noMuiBarrels = [
  { name: '@mui/material', message: "Import the component's path, e.g. '@mui/material/Button'." },
  {
    name: '@mui/icons-material',
    message: "Import the icon's path, e.g. '@mui/icons-material/Delete'.",
  },
];

const uiPackages = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@mui/*',
  '@emotion/*',
  'zustand',
  'zustand/*',
];

/** Imports must flow catalog -> core -> store/hooks/lib -> components -> app, never back. */
function importsFlowOneWay(group, message) {
  return {
    'no-restricted-imports': ['error', { paths: noMuiBarrels, patterns: [{ group, message }] }],
  };
}

export default defineConfig([
  globalIgnores([
    'dist',
    'bench/floor/dist',
    'coverage',
    'playwright-report',
    'test-results',
    'node_modules',
    'src/catalog/generated',
  ]),
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { paths: noMuiBarrels }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/floor/**/*.{ts,tsx}', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Modules that import each other load in an order that depends on who imports first.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['src/**/*.tsx', 'bench/floor/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
  },
  {
    files: ['src/core/**', 'src/catalog/**'],
    rules: importsFlowOneWay(
      [
        ...uiPackages,
        '**/store',
        '**/store/**',
        '**/hooks/**',
        '**/lib/**',
        '**/components/**',
        '**/app/**',
      ],
      'src/core and src/catalog are pure TypeScript: no React, MUI, zustand or code from the layers above.',
    ),
  },
  {
    // Core is handed its data: only its tests may reach the bundled catalog or the generated files.
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: importsFlowOneWay(
      [
        ...uiPackages,
        '**/store',
        '**/store/**',
        '**/hooks/**',
        '**/lib/**',
        '**/components/**',
        '**/app/**',
        '**/catalog/bundled',
        '**/generated/**',
        '**/test/**',
      ],
      'src/core is pure and handed its data: no UI code, no bundled catalog, no generated files.',
    ),
  },
  {
    files: ['src/store/**', 'src/hooks/**', 'src/lib/**'],
    rules: importsFlowOneWay(
      ['**/components/**', '**/app/**'],
      'store, hooks and lib may not import components or the app.',
    ),
  },
  {
    files: ['src/components/**'],
    rules: importsFlowOneWay(['**/app/**'], 'Components may not import from src/app.'),
  },
]);
