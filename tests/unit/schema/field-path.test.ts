import { expect, it } from 'vitest';
import { fieldPath } from '../../../src/schema/field-path';

it('writes a schema issue path as an author reads it', () => {
  expect(fieldPath(['history', 'revisions', 0, 'text'])).toBe('history.revisions[0].text');
  expect(fieldPath([])).toBe('');
});
