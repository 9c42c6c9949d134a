// Lint rules, including the layering the architecture depends on (build/config/layers.js says who may import what).
import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './layers.js';

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
    rules: { 'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals] },
  },
  {
    basePath: repoRoot,
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { cairn: layersPlugin(repoRoot) },
    rules: { 'cairn/layers': 'error' },
  },
  {
    // Small files with one purpose: a file that outgrows 400 lines holds more than one idea. Word lists are data.
    basePath: repoRoot,
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['shared/domain/values/jobTitleWords.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    basePath: repoRoot,
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
