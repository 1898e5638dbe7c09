// The worker thread of src/hosting/background-writes.ts. Node runs it as it is (type stripping), so
// it imports Node's own modules only: a relative import here would need a file extension the rest of
// the code does not use.
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

/**
 * A file to write with `text`, or to put as a hard link to the file `from` (a copy where no link can
 * be made), or a folder to make ahead of the files it will hold.
 */
export type FileWrite = { file: string; text: string } | { file: string; from: string } | { folder: string };

/** What the thread is sent: files to write, in order, or `settle` to be told when all are written. */
export type ToWriter = { writes: FileWrite[] } | { settle: true };
export type FromWriter = { settled: true } | { error: string };

function apply(write: FileWrite): void {
  if ('folder' in write) return void mkdirSync(write.folder, { recursive: true });
  mkdirSync(dirname(write.file), { recursive: true });
  if ('text' in write) return writeFileSync(write.file, write.text);
  try {
    linkSync(write.from, write.file);
  } catch {
    copyFileSync(write.from, write.file);
  }
}

// After the first failure nothing more is written: the build stops on it (background-writes.ts).
let failure: string | undefined;
const port = parentPort!;
port.on('message', (message: ToWriter) => {
  if ('settle' in message) return port.postMessage(failure === undefined ? { settled: true } : { error: failure });
  for (const write of message.writes) {
    if (failure !== undefined) return;
    try {
      apply(write);
    } catch (error) {
      failure = `${'folder' in write ? write.folder : write.file}: ${(error as Error).message}`;
    }
  }
});
