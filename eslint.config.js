import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'tls',
  'child_process',
  'worker_threads',
  'cluster',
  'os',
  'process',
  'readline',
];

// The engine is pure: no I/O, environment, clock or randomness (DESIGN.md, principle 1).
const enginePurity = {
  files: ['src/engine/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ioModules.flatMap((name) => [
          { name, message: 'src/engine is pure: no I/O modules.' },
          { name: `node:${name}`, message: 'src/engine is pure: no I/O modules.' },
        ]),
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'src/engine is pure: pass configuration in.' },
      { name: 'fetch', message: 'src/engine is pure: no network.' },
      { name: 'XMLHttpRequest', message: 'src/engine is pure: no network.' },
      { name: 'performance', message: 'src/engine is pure: pass a clock in.' },
      { name: 'crypto', message: 'src/engine is pure: no randomness.' },
      { name: 'console', message: 'src/engine is pure: return diagnostics as data.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'src/engine is pure: pass `now` in.' },
      { object: 'Math', property: 'random', message: 'src/engine is pure: no randomness.' },
      { object: 'process', property: 'env', message: 'src/engine is pure: no environment.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'src/engine is pure: pass `now` in.',
      },
      {
        selector: "CallExpression[callee.name='Date'][arguments.length=0]",
        message: 'src/engine is pure: pass `now` in.',
      },
      {
        selector:
          'ImportExpression[source.value=/^(node:)?(fs|net|http|https|child_process|worker_threads|os)(\\/.*)?$/]',
        message: 'src/engine is pure: no I/O modules.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  enginePurity,
  // The web app runs in the browser; typescript-eslint parses its TSX without another plugin.
  {
    files: ['web/**/*.{ts,tsx}'],
    ignores: ['web/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
