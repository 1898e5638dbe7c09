import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port free right now, for a server this run starts (so parallel checkouts never collide). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a helper program in its own process group, so `stop` ends it and whatever it started. */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, withFd3 = false): ChildProcess {
  return spawn(command, args, { env, detached: true, stdio: ['ignore', 'ignore', 'ignore', ...(withFd3 ? (['pipe'] as const) : [])] });
}

export function stopProcess(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Resolves once the URL answers (the server is listening), or fails after `timeoutMs`. */
export async function waitForUrl(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
