import { describe, expect, it } from 'vitest';
import { jsonForScript, medicalCodeJsonLd } from '../../../src/code-page/structured-data';

describe('structured data', () => {
  it('describes the code as a schema.org MedicalCode and escapes "<" for a script block', () => {
    const parts = { code: '37249', title: 'A title', url: 'https://x.test/codes/37249/', lastReviewed: new Date('2026-03-01'), description: 'd' };
    expect(medicalCodeJsonLd(parts)).toMatchObject({ '@type': 'MedicalCode', codeValue: '37249', codingSystem: 'CPT' });
    expect(jsonForScript({ t: '</script>' })).toBe('{"t":"\\u003c/script>"}');
  });
});
