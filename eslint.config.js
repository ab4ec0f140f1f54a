// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'worker_threads',
];

/** Runtime boundaries: a runtime never imports another runtime's folder. */
const boundaryZones = [
  { target: './shared', from: ['./server', './renderer', './electron', './scripts', './test'], message: 'shared/ is pure: it imports no runtime.' },
  { target: './renderer', from: ['./server', './electron', './scripts'], message: 'The renderer talks to the gateway over HTTP/socket and to Electron through window.firebreak only.' },
  { target: './server', from: ['./renderer', './electron', './scripts', './test'], message: 'The gateway shares only shared/.' },
  { target: './electron', from: ['./renderer', './server', './scripts', './test'], message: 'Electron shares only shared/.' },
  { target: './scripts', from: ['./renderer', './electron'], message: 'Scripts drive the public API or the server tooling, never the UI runtimes.' },
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', '.firebreak', '.bench', 'server/db/migrations', 'test-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Use safeOpenExternal from electron/main/safe-open-external.ts.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...nodeBuiltins, 'electron', 'react', 'react-dom', '*/server/*', '*/renderer/*', '*/electron/*'], message: 'shared/ has no Node, DOM or Electron imports.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron', '@electron/*'], message: 'The renderer runs in a sandbox: DOM only.' },
            { group: ['zustand', 'zustand/*'], message: 'Import the store from renderer/src/state.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is rendered as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['renderer/src/state/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...nodeBuiltins], message: 'The preload is a bridge only.' }] },
      ],
    },
  },
  {
    files: ['electron/main/safe-open-external.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
