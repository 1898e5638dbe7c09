/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests import the real schema from src/content.config.ts.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Each case builds the whole site, so these get long timeouts and run two at a time.
      {
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/**/*.test.ts'],
          testTimeout: 180_000,
          maxConcurrency: 2,
        },
      },
      // Firefox and WebKit against the built sites (tests/engines/): one file per engine, side by side.
      {
        test: {
          name: 'engines',
          include: ['tests/engines/*.test.ts'],
          globalSetup: ['tests/engines/serve-sites.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
