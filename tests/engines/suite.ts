import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { EngineDriver, EngineLimits, EngineName } from './driver';
import { copyTests } from './copy-tests';
import { linkTests, pageTests } from './page-tests';
import { readerToolTests } from './reader-tool-tests';
import { SCREENSHOTS } from './screenshots';
import { codeSearchTests, subpathTests, wordSearchTests } from './search-tests';
import type { SuiteContext } from './suite-context';
import { RESOLVED_BASE_PATH } from '../../src/shared/urls';

export interface EngineUnderTest {
  name: EngineName;
  open(): Promise<EngineDriver>;
  limits: EngineLimits;
}

/**
 * Every cross-engine test, written once; `tests/engines/<engine>.test.ts` runs it for one engine, so
 * a failure is reported under the engine's name. Tests reuse one browser session per engine.
 */
export function engineSuite({ name, open, limits }: EngineUnderTest): void {
  let driver: EngineDriver;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    driver = await open();
  });
  afterAll(() => driver?.close());

  for (const site of inject('sites')) {
    describe(`${name}, ${site.name} (${site.basePath})`, () => {
      const context: SuiteContext = {
        driver: () => driver,
        at: (route) => {
          process.env[RESOLVED_BASE_PATH] = site.basePath;
          return `${site.origin}${route()}`;
        },
        engine: name,
        limits,
      };
      if (site.name !== 'site') return subpathTests(context, site);
      pageTests(context);
      codeSearchTests(context);
      wordSearchTests(context);
      linkTests(context);
      copyTests(context);
      readerToolTests(context);
    });
  }
}
