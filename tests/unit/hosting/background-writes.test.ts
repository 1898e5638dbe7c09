import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackgroundWrites } from '../../../src/hosting/background-writes';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'background-writes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files written on a thread of their own', () => {
  it('are all in place, folders made, once settled: more than one batch, and links to files given before them', async () => {
    // Batches of ten: the 25 pages go to the thread in three messages.
    const writes = new BackgroundWrites(10);
    const pages = Array.from({ length: 25 }, (_, i) => join(dir, 'codes', String(10000 + i), 'index.html'));
    pages.forEach((file, i) => writes.write(file, `page ${i}`));
    const linked = join(dir, '2025', '10000', 'index.html');
    writes.link(pages[0]!, linked);
    await writes.settled();
    expect(pages.every((file, i) => readFileSync(file, 'utf8') === `page ${i}`)).toBe(true);
    expect(statSync(linked).ino).toBe(statSync(pages[0]!).ino);
  });

  it('stop the build with the file that could not be written, and write nothing after it', async () => {
    const writes = new BackgroundWrites(1);
    // A file where the next write needs a folder.
    writeFileSync(join(dir, 'codes'), 'not a folder');
    const blocked = join(dir, 'codes', '37244', 'index.html');
    const after = join(dir, 'later', 'index.html');
    writes.write(blocked, 'page');
    writes.write(after, 'page');
    await expect(writes.settled()).rejects.toThrow(`writing the output: ${blocked}:`);
    expect(existsSync(after)).toBe(false);
  });

  it('make folders ahead of the files written into them later', async () => {
    const writes = new BackgroundWrites();
    const folder = join(dir, 'editions', '2025', 'codes', '37244');
    writes.folder(folder);
    await writes.settled();
    expect(statSync(folder).isDirectory()).toBe(true);
    writes.write(join(folder, 'index.html'), 'page');
    await writes.settled();
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe('page');
  });

  it('settle at once when given nothing, and can be used again after settling', async () => {
    const writes = new BackgroundWrites();
    await writes.settled();
    mkdirSync(join(dir, 'a'));
    writes.write(join(dir, 'a', 'index.html'), 'again');
    await writes.settled();
    expect(readFileSync(join(dir, 'a', 'index.html'), 'utf8')).toBe('again');
  });
});
