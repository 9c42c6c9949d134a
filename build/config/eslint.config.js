// Lint rules, including the layering the architecture depends on (shared is pure, core is electron-free).
import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'HTMLElement', 'fetch', 'alert'].map(
  (name) => ({ name, message: 'shared/ is pure: no DOM globals.' }),
);
const nodeGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'global'].map((name) => ({
  name,
  message: 'shared/ is pure: no Node globals.',
}));

export default tseslint.config(
  { basePath: repoRoot, ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  {
    basePath: repoRoot,
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    basePath: repoRoot,
    files: ['build/**/*.{js,mjs}', 'test/**/*.{js,mjs}', '.ci/**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    basePath: repoRoot,
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
            { group: ['node:*'], message: 'shared/ must not import Node built-ins.' },
            { regex: '^(fs|path|os|crypto|http|child_process|url)$', message: 'shared/ must not import Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', 'zustand'], message: 'shared/ must not import UI libraries.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from electron/ or renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals],
    },
  },
  {
    basePath: repoRoot,
    files: ['electron/core/**/*.ts', 'electron/browser-host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The core and browser host run under plain Node: no electron.' },
            { group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'The core must not import the shells or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    basePath: repoRoot,
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'electron/*'], message: 'The renderer talks to the core only through the typed client.' },
            { group: ['node:*'], message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
);
