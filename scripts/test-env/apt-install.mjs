// Test setup for tools npm cannot bring (a browser, a Java runtime): use the one installed, install
// Debian's package when run as root with apt-get, and otherwise stop with what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @param {object} tool
 * @param {string} tool.name what the tests need, as a person would say it
 * @param {() => string | undefined} tool.find path of a usable installation, if any
 * @param {string[]} tool.packages Debian packages that provide it, tried in order
 * @param {string} tool.instructions what to run where it cannot be installed here
 */
export function ensureInstalled({ name, find, packages, instructions }) {
  const found = find() ?? installWithApt(name, find, packages);
  if (found) {
    console.log(`Tests use ${found} (${name})`);
    return;
  }
  console.error(`No ${name} found for the tests. Install one, then run the tests again:\n${instructions}`);
  process.exit(1);
}

function installWithApt(name, find, packages) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return undefined;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`No ${name} found: installing a Debian package for it (apt-get)...`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  for (const pkg of packages) {
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
    } catch {
      continue;
    }
    const installed = find();
    if (installed) return installed;
  }
  return undefined;
}
