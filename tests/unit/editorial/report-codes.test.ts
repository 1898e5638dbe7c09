import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportCode } from '../../../src/editorial/report-codes';
import { ROOT, contentCodes } from '../../support/content';

const FILE = 'content/codes/37249.mdx';
const text = readFileSync(join(ROOT, FILE), 'utf8');
const written = contentCodes().find((c) => c.code === '37249')!;

describe('readReportCode', () => {
  it('reads a code file through the schema, its lists from what each field points at', () => {
    const read = readReportCode(FILE, text);
    if ('refused' in read) throw new Error(read.refused.join('\n'));
    expect(read.code).toBe('37249');
    expect(read.modifiers).toEqual(written.modifiers!.map((m) => m.modifier));
    expect(read.payers).toEqual(written.payers);
    expect(read.sites).toEqual(written.sites);
    expect(read.references).toEqual([...written.primaryCodes!, ...written.related!.map((r) => r.code)]);
    expect(read.lastReviewed).toBeInstanceOf(Date);
    expect(read.body).toContain('## Overview');
  });

  it('gives the messages the build would for a file the schema refuses, naming the file and field', () => {
    const read = readReportCode(FILE, text.replace('addOn: true', 'addOn: perhaps'));
    expect(read).toEqual({ refused: [expect.stringMatching(/^content\/codes\/37249\.mdx: addOn /)] });
    expect(readReportCode(FILE, '---\ncode: [\n---\n')).toEqual({ refused: [expect.stringContaining('is not valid YAML')] });
  });
});
