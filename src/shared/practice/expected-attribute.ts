import type { ReportedCode } from './answer-parser';

/**
 * A question's answer as the page carries it for the script ("37248:1 37249:2"): written at build
 * time and read in the browser, so both sides use this one format.
 */
export function expectedAttribute(codes: readonly ReportedCode[]): string {
  return codes.map((c) => `${c.code}:${c.units}`).join(' ');
}

export function readExpectedAttribute(value: string): ReportedCode[] {
  return value
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [code = '', units = '1'] = pair.split(':');
      return { code, units: Number(units) };
    });
}
