import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepOwnHashes } from '../../../src/hosting/page-hashes';
import { takeTemplatePage, writeFromTemplate } from '../../../src/hosting/template-pages';
import { SHORT_LINK_CODE, SHORT_LINK_TEMPLATE, outputFile, shortCodeUrl, withBase } from '../../../src/shared/urls';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const OWN = 'location.replace(document.body.dataset.to + location.hash)';
const template =
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(OWN)} ${hash('theme()')};"></head>` +
  `<body data-to="/codes/${SHORT_LINK_CODE}/"><a href="/codes/${SHORT_LINK_CODE}/">CPT ${SHORT_LINK_CODE}</a><script>${OWN}</script></body></html>`;

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('pages written from a template page', () => {
  it('take the template out of the output with its policy cut to its own inline code, so each copy is final as written', () => {
    site = mkdtempSync(join(tmpdir(), 'template-pages-'));
    const templateFile = outputFile(site, withBase(SHORT_LINK_TEMPLATE));
    mkdirSync(join(templateFile, '..'), { recursive: true });
    writeFileSync(templateFile, template);

    const taken = takeTemplatePage(site, SHORT_LINK_TEMPLATE);
    expect(existsSync(templateFile)).toBe(false);
    expect(taken).toContain(`content="script-src 'self' ${hash(OWN)};"`);

    writeFromTemplate(site, shortCodeUrl('37244'), taken, '37244');
    const copy = readFileSync(outputFile(site, shortCodeUrl('37244')), 'utf8');
    expect(copy).toContain('<a href="/codes/37244/">CPT 37244</a>');
    expect(keepOwnHashes(copy)).toBe(copy);
  });
});
