import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { STORE_MODULE_ID, storeFromFile } from '../../../src/bodies/store-from-file';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The Vite plugin the integration adds for a build whose cache directory is `cacheDir`. */
function pluginFor(cacheDir: string): Plugin {
  const plugins: Plugin[] = [];
  const setup = storeFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins) });
  expect(plugins).toHaveLength(1);
  return plugins[0]!;
}

function transformed(plugin: Plugin, id: string): { code: string } | null {
  const hook = plugin.transform as { filter: { id: RegExp }; handler: (code: string, id: string) => { code: string } | null };
  if (!hook.filter.id.test(id)) return null;
  return hook.handler('export default JSON.parse("[]")', id);
}

describe('the content store read from its file at build', () => {
  it("replaces Astro's store module with one that reads the file, giving the same data", async () => {
    dir = mkdtempSync(join(tmpdir(), 'store-from-file-'));
    const store = [['Map', 1, 2], 'codes', { title: 'Ligation — “intraoperative”', n: 37244 }];
    writeFileSync(join(dir, 'data-store.json'), JSON.stringify(store));
    const plugin = pluginFor(dir);
    expect(plugin.apply).toBe('build');
    const result = transformed(plugin, STORE_MODULE_ID);
    expect(result?.code.length).toBeLessThan(300);
    writeFileSync(join(dir, 'store.mjs'), result!.code);
    const module = await import(pathToFileURL(join(dir, 'store.mjs')).href);
    expect(module.default).toEqual(store);
  });

  it("leaves every other module, and Astro's module when no store was synced", () => {
    dir = mkdtempSync(join(tmpdir(), 'store-from-file-'));
    const plugin = pluginFor(dir);
    expect(transformed(plugin, STORE_MODULE_ID)).toBeNull();
    writeFileSync(join(dir, 'data-store.json'), '[]');
    expect(transformed(plugin, `${STORE_MODULE_ID}-chunk:0.txt.mjs`)).toBeNull();
    expect(transformed(plugin, '/src/content.config.ts')).toBeNull();
  });
});
