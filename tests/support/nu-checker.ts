import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findJava } from '../../scripts/test-env/java.mjs';

/** npm's vnu-jar exports the path of the W3C Nu HTML checker's jar. */
export const NU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface NuMessage {
  file: string;
  line: number;
  column: number;
  message: string;
}

interface NuReport {
  messages: { type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; message: string }[];
}

/**
 * Checks the files in one run of the checker: it is a Java program, and starting the JVM costs
 * more than checking a page. Errors include files it could not read ("non-document-error").
 */
export async function nuCheck(files: readonly string[]): Promise<{ errors: NuMessage[]; warnings: NuMessage[] }> {
  const java = findJava();
  if (!java) throw new Error('No Java 17+ runtime for the Nu HTML checker: run "node scripts/test-env/ensure-java.mjs"');
  // With --format json the report goes to stderr; --exit-zero-always because errors are ours to judge.
  const { stderr } = await promisify(execFile)(java, ['-jar', NU_JAR, '--format', 'json', '--exit-zero-always', ...files], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const report = JSON.parse(stderr) as NuReport;
  const toMessage = (m: NuReport['messages'][number]): NuMessage => ({
    file: m.url ? fileURLToPath(m.url) : '(checker)',
    line: m.lastLine ?? 0,
    column: m.firstColumn ?? 0,
    message: m.message,
  });
  return {
    errors: report.messages.filter((m) => m.type !== 'info').map(toMessage),
    warnings: report.messages.filter((m) => m.type === 'info' && m.subType === 'warning').map(toMessage),
  };
}
