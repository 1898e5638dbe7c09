import { expect, test } from '../support/test';
import { HtmlValidate } from 'html-validate';
import { builtPages, readPage } from '../support/site';
import { htmlElements, textOf } from '../support/html';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
  rules: {
    // SRI guards files fetched from other origins; every stylesheet and script here is our own,
    // served under a CSP that allows only 'self'.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Search suggestions follow the WAI-ARIA combobox pattern: its popup must be a role="listbox" of
    // links, which a native <select> cannot be. Every other role still has to prefer its element.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateString(readPage(page), page.path);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every link on every built page has an address (crawlers treat one without as broken)', () => {
  const bare = builtPages().flatMap((page) =>
    htmlElements(readPage(page))
      .filter((e) => e.name === 'a' && !e.attribs['href']?.trim())
      .map((e) => `${page.path}: <a> "${textOf(e).trim()}"`),
  );
  expect(bare).toEqual([]);
});
