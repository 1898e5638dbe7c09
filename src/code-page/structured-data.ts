import { isoDate } from '../shared/dates';

/** schema.org MedicalCode for a code page, so search engines and link previews know what it is. */
export interface MedicalCodeParts {
  code: string;
  title: string;
  description: string;
  url: string;
  lastReviewed: Date;
}

export function medicalCodeJsonLd({ code, title, description, url, lastReviewed }: MedicalCodeParts): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalCode',
    codeValue: code,
    codingSystem: 'CPT',
    name: title,
    description,
    url,
    dateModified: isoDate(lastReviewed),
  };
}

/** JSON for a <script> data block: "<" is escaped so content can never close the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
