import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES_FOLDER, CONTENT_DIR } from '../../../src/schema/content-files';

/** The codes written from the source documents: practice builds its questions from their worked examples. */
const SEED_CODES = ['37244', '37248', '37249', '37253', '37257'];

/** A worked example as authors write it: the user component with at least one reported code inside. */
const WORKED_EXAMPLE = /<ReportingExample\b[\s\S]*?<\/ReportingExample>/g;

describe('worked examples', () => {
  it.each(SEED_CODES)('the page of %s has at least one worked example that reports a code', (code) => {
    const source = readFileSync(`${CONTENT_DIR}/${CODES_FOLDER}/${code}.mdx`, 'utf8');
    const examples = source.match(WORKED_EXAMPLE) ?? [];
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.some((example) => /\b\d{4}[\dFTU]\b/.test(example))).toBe(true);
  });
});
