import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE_CONFIG_FILE } from '../../../src/site/site-config';
import { editPageHref, parseSiteConfig, reportProblemHref } from '../../../src/site/config-schema';

const FILE = 'site.config.yaml';
const valid = {
  name: 'Example Health CPT',
  url: 'https://intranet.example.org',
  base_path: '/coding/cpt/',
  organisation: { name: 'Example Health', url: 'https://www.example.org/' },
  report_problem: 'mailto:coding@example.org',
  edit_page: null,
  cpt_edition: 2026,
  cpt_notice: 'CPT® is a registered trademark of the AMA.',
};
const problems = (raw: object, env: Record<string, string> = {}) => {
  try {
    parseSiteConfig(raw, env, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('parseSiteConfig', () => {
  it('accepts the checked-in file', () => {
    const config = parseSiteConfig(parse(readFileSync(SITE_CONFIG_FILE, 'utf8')), {}, FILE);
    expect(config.url).toMatch(/^https:\/\//);
    expect(config.base_path).toBe('/');
  });

  it('reads a valid configuration, the edition as text and a missing edit template as none', () => {
    expect(parseSiteConfig(valid, {}, FILE)).toMatchObject({ cpt_edition: '2026', edit_page: null, base_path: '/coding/cpt/' });
  });

  it('lets SITE_URL and BASE_PATH override the file', () => {
    const config = parseSiteConfig(valid, { SITE_URL: 'https://cpt.example.com', BASE_PATH: '/' }, FILE);
    expect([config.url, config.base_path]).toEqual(['https://cpt.example.com', '/']);
  });

  it.each([
    [{ url: 'intranet.example.org' }, `${FILE}: url is "intranet.example.org", which must be an absolute http(s) URL; for example url: https://intranet.example.org`],
    [{ url: 'https://intranet.example.org/coding/' }, 'url is "https://intranet.example.org/coding/", which must be scheme and host only; put a sub-path in base_path'],
    [{ base_path: 'coding/cpt' }, `${FILE}: base_path is "coding/cpt", which must start and end with "/" and hold only path segments; for example base_path: /coding/cpt/`],
    [{ base_path: '/coding/cpt' }, 'base_path is "/coding/cpt"'],
    [{ report_problem: 'https://forms.example.org/report' }, 'report_problem is "https://forms.example.org/report", which must be a mailto: address or an http(s) URL containing {url}; for example report_problem: mailto:'],
    [{ edit_page: 'https://github.com/x/y/edit/main/content/codes/' }, 'edit_page is "https://github.com/x/y/edit/main/content/codes/", which must contain {code}; for example edit_page: https://github.com/example/'],
    [{ cpt_edition: 'latest' }, 'cpt_edition is "latest", which must be a year such as 2026'],
    [{ organisation: { name: 'Example Health' } }, 'organisation.url is nothing'],
    [{ short_links: 'rules' }, 'short_links is "rules", which must be pages, host-rules or prefix-rules; for example short_links: pages, host-rules or prefix-rules'],
    [{ embed_origins: ['lms.example.edu'] }, 'embed_origins is ["lms.example.edu"], which must be "*" or a list of origins (scheme and host); for example embed_origins: "*" (any site)'],
    [{ embed_origins: [] }, 'embed_origins is [], which must be "*" or a list of origins'],
  ])('refuses %j, naming the setting, the value and an example', (change, message) => {
    expect(problems({ ...valid, ...change })).toContain(message);
  });

  it('lets any site frame the embed cards unless embed_origins lists who may', () => {
    expect(parseSiteConfig(valid, {}, FILE).embed_origins).toBe('*');
    expect(parseSiteConfig({ ...valid, embed_origins: ['https://lms.example.edu'] }, {}, FILE).embed_origins).toEqual(['https://lms.example.edu']);
  });

  it('names the environment variable when an override is wrong', () => {
    expect(problems(valid, { BASE_PATH: '/coding' })).toContain('BASE_PATH (environment) is "/coding", which must start and end with "/"');
  });
});

describe('feedback links', () => {
  const page = { code: '37249', url: 'https://intranet.example.org/coding/cpt/codes/37249/' };
  it('prefills a mail with the code and the page address', () => {
    const href = new URL(reportProblemHref('mailto:coding@example.org', page));
    expect(href.pathname).toBe('coding@example.org');
    expect(href.searchParams.get('subject')).toBe('Problem with CPT 37249');
    expect(href.searchParams.get('body')).toContain(page.url);
    expect(href.search).not.toContain('+');
  });
  it('fills {url} and {code} into a form address, encoded', () => {
    expect(reportProblemHref('https://forms.example.org/r?page={url}&code={code}', page)).toBe(
      'https://forms.example.org/r?page=https%3A%2F%2Fintranet.example.org%2Fcoding%2Fcpt%2Fcodes%2F37249%2F&code=37249',
    );
  });
  it('gives an edit link only when a template is set', () => {
    expect(editPageHref(null, page)).toBeNull();
    expect(editPageHref('https://github.com/x/y/edit/main/content/codes/{code}.mdx', page)).toBe('https://github.com/x/y/edit/main/content/codes/37249.mdx');
  });
});
