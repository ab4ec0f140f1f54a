// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Node built-ins by exact name (paths), so a relative `./http.js` is not mistaken for one. */
const nodeBuiltinNames = [
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
const nodeBuiltinPaths = nodeBuiltinNames.map((name) => ({ name, message: 'Node built-ins are not available here.' }));

/**
 * Runtime boundaries: a runtime never imports another runtime's folder (only shared/).
 * Matched on the import string, so no resolver is needed and `../server/x.js` is caught.
 */
const folders = (...names) => names.map((n) => `**/${n}/**`);
const boundary = (message, ...names) => ({ group: folders(...names), message });

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
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { dropped, ...kept } = row` leaves a field out of a copy
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Use safeOpenExternal from electron/main/safe-open-external.ts.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltinPaths, 'electron', 'react', 'react-dom'],
          patterns: [
            { group: ['node:*'], message: 'shared/ has no Node, DOM or Electron imports.' },
            boundary('shared/ is pure: it imports no runtime.', 'server', 'renderer', 'electron', 'scripts', 'test'),
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [boundary('The gateway shares only shared/.', 'renderer', 'electron', 'scripts', 'test')] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [boundary('Electron shares only shared/.', 'renderer', 'server', 'scripts', 'test')] }],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [boundary('Scripts drive the public API or server tooling, never the UI runtimes.', 'renderer', 'electron')] }],
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
          paths: [
            ...nodeBuiltinPaths,
            { name: 'electron', message: 'The renderer runs in a sandbox: DOM only.' },
            { name: 'zustand', message: 'Import the store from renderer/src/state.' },
          ],
          patterns: [
            { group: ['node:*', '@electron/*'], message: 'The renderer runs in a sandbox: DOM only.' },
            { group: ['zustand/*'], message: 'Import the store from renderer/src/state.' },
            boundary('The renderer reaches the gateway over HTTP/socket and Electron through window.firebreak only.', 'server', 'electron', 'scripts'),
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
        {
          paths: nodeBuiltinPaths,
          patterns: [
            { group: ['node:*'], message: 'The preload is a bridge only.' },
            boundary('Electron shares only shared/.', 'renderer', 'server', 'scripts', 'test'),
          ],
        },
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
