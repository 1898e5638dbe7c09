import { execFileSync } from 'node:child_process';

/**
 * The resident memory of a process and all its descendants, from `ps -A -o pid=,ppid=,rss=` output
 * (RSS in KiB, as ps prints it on Linux and macOS). Pagefind and esbuild run as child processes,
 * so the build's memory is the whole tree's.
 */
export function treeRssBytes(psOutput, rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const line of psOutput.trim().split('\n')) {
    const [pid, ppid, kib] = line.trim().split(/\s+/).map(Number);
    if (!Number.isFinite(pid)) continue;
    rss.set(pid, kib * 1024);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function sampleTreeRss(rootPid) {
  try {
    return treeRssBytes(execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }), rootPid);
  } catch {
    return 0;
  }
}
