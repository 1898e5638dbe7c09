import { Worker } from 'node:worker_threads';
import type { FileWrite, FromWriter, ToWriter } from './file-writer-thread';

// Writes go to the thread in batches: one message per file would cost more than the write.
const BATCH = 2_000;

/**
 * Output files written on a thread of their own while the build's main thread goes on with other
 * steps. Tens of thousands of small pages (short links, forwarding pinned pages) are nearly all file
 * system time, not computing: a folder and a file or link each, about 0.1 to 0.3 ms apiece on a
 * loaded disk (BENCHMARKS.md round 11), which the main thread would otherwise sit through.
 * Files are written in the order given, so a link may point at a file given before it.
 */
export class BackgroundWrites {
  #worker: Worker | undefined;
  #batch: FileWrite[] = [];
  readonly #batchSize: number;

  constructor(batchSize = BATCH) {
    this.#batchSize = batchSize;
  }

  write(file: string, text: string): void {
    this.#add({ file, text });
  }

  /** `file` as the same bytes as `from`, given earlier. */
  link(from: string, file: string): void {
    this.#add({ file, from });
  }

  /**
   * Makes `folder` ahead of its files: started while the main thread is busy with something else
   * (Astro rendering pages), the folders of the files written later cost the build no time.
   */
  folder(folder: string): void {
    this.#add({ folder });
  }

  #add(write: FileWrite): void {
    this.#batch.push(write);
    if (this.#batch.length >= this.#batchSize) this.#flush();
  }

  #flush(): void {
    if (!this.#batch.length) return;
    if (!this.#worker) {
      this.#worker = new Worker(new URL('./file-writer-thread.ts', import.meta.url));
      // A build that stops on an error before settled() must still exit.
      this.#worker.unref();
    }
    this.#worker.postMessage({ writes: this.#batch } satisfies ToWriter);
    this.#batch = [];
  }

  /** Resolves once every file given so far is written; rejects, naming the file, if one could not be. */
  async settled(): Promise<void> {
    this.#flush();
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = undefined;
    worker.ref();
    try {
      const reply = await new Promise<FromWriter>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`writing the output: the writer thread stopped (exit ${code})`)));
        worker.postMessage({ settle: true } satisfies ToWriter);
      });
      if ('error' in reply) throw new Error(`writing the output: ${reply.error}`);
    } finally {
      await worker.terminate();
    }
  }
}
