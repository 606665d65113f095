import { configDefaults, defineConfig } from 'vitest/config';

// Three projects: the node suites as before; the web app's components in jsdom; the browser
// end-to-end suite, whose global setup (build the web app, start one real server) runs only when
// one of its files is selected.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/web/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web-components',
          include: ['test/web/components/**/*.test.tsx'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'web-e2e',
          include: ['test/web/e2e/**/*.test.ts'],
          globalSetup: ['test/web/e2e/harness/global-setup.ts'],
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
