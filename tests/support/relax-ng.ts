import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findJava } from '../../scripts/test-env/java.mjs';
import { NU_JAR } from './nu-checker';

/** RFC 4287's own schema (Appendix B), so a feed is judged by the standard, not by our reading of it. */
export const ATOM_SCHEMA = join(import.meta.dirname, 'atom.rnc');

// Jing, the RELAX NG validator, ships inside the Nu checker's jar under a vendored package name.
const JING = 'nu.validator.vendor.thaiopensource.relaxng.util.Driver';

/** Jing's messages for XML files against a compact-syntax schema: empty when every file is valid. */
export async function relaxNgErrors(schema: string, files: readonly string[]): Promise<string[]> {
  const java = findJava();
  if (!java) throw new Error('No Java 17+ runtime for Jing: run "node scripts/test-env/ensure-java.mjs"');
  try {
    await promisify(execFile)(java, ['-cp', NU_JAR, JING, '-c', schema, ...files]);
    return [];
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    const messages = `${stdout ?? ''}${stderr ?? ''}`.split('\n').filter(Boolean);
    return messages.length ? messages : [String(error)];
  }
}
