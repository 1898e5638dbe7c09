// Finds the Java runtime the W3C Nu HTML checker (npm vnu-jar) runs on.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The checker's jar needs Java 17 or later, Debian 12's default runtime. */
const MIN_JAVA = 17;

function javaVersion(java) {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = `${result.stderr ?? ''}${result.stdout ?? ''}`.match(/version "(\d+)/);
  return match ? Number(match[1]) : undefined;
}

/** Path of a usable java, or undefined when none is installed. */
export function findJava() {
  const candidates = [process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java'), 'java'].filter(Boolean);
  return candidates.find((java) => (javaVersion(java) ?? 0) >= MIN_JAVA);
}
