import { z } from 'zod';
import { EDITION_YEAR } from '../shared/dates.ts';

/**
 * What a team publishing the site sets (site.config.yaml), checked once when the build starts.
 * Pure: the file is read in src/site/site-config.ts. Every message names the setting, the value
 * it got and a valid example, because the person fixing it is an editor, not a developer.
 */

const URL_PLACEHOLDER = '{url}';
/** embed_origins: any site may frame the embed pages. */
export const ANY_ORIGIN = '*';
const CODE_PLACEHOLDER = '{code}';

/** A valid value of each setting, quoted in error messages and the README. */
const SETTING_EXAMPLES = {
  name: 'CPT Reference',
  url: 'https://intranet.example.org',
  base_path: '/coding/cpt/',
  'organisation.name': 'Example Health coding education',
  'organisation.url': 'https://www.example.org/',
  report_problem: 'mailto:coding-education@example.org or https://forms.example.org/report?page={url}&code={code}',
  edit_page: 'https://github.com/example/cpt-reference/edit/main/content/codes/{code}.mdx',
  cpt_edition: '2026',
  cpt_notice: 'CPT® is a registered trademark of the American Medical Association (AMA). …',
  short_links: 'pages, host-rules or prefix-rules',
  embed_origins: '"*" (any site), or a list such as [https://lms.example.edu]',
} as const;

const httpUrl = z.string().refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be an absolute http(s) URL');

const origin = httpUrl.refine(
  (value) => !URL.canParse(value) || new URL(value).pathname === '/',
  'must be scheme and host only; put a sub-path in base_path',
);

const basePath = z
  .string()
  .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'must start and end with "/" and hold only path segments');

const reportTarget = z.union([
  z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/, 'must be mailto:address'),
  httpUrl.refine((value) => value.includes(URL_PLACEHOLDER), `must contain ${URL_PLACEHOLDER}`),
], { error: `must be a mailto: address or an http(s) URL containing ${URL_PLACEHOLDER}` });

const editTemplate = httpUrl.refine((value) => value.includes(CODE_PLACEHOLDER), `must contain ${CODE_PLACEHOLDER}`);

const text = z.string().trim().min(1, 'must not be empty');

const EMBED_ORIGINS_RULE = `must be "${ANY_ORIGIN}" or a list of origins (scheme and host)`;

const siteConfigSchema = z.object({
  name: text.describe('Site name: header, page titles, link previews, citations'),
  url: origin.describe('Public origin the site is served from; canonical links and exports use it'),
  base_path: basePath.default('/').describe('Path the site lives under on that origin'),
  organisation: z.object({ name: text, url: httpUrl }).describe('Who publishes the site (footer)'),
  report_problem: reportTarget.describe('Where "Report a problem with this page" goes'),
  edit_page: editTemplate.nullish().transform((value) => value ?? null).describe('Optional "Edit this page" URL template'),
  cpt_edition: z.coerce.string().regex(EDITION_YEAR, 'must be a year such as 2026').describe('CPT edition the content reflects'),
  cpt_notice: text.describe("Footer's CPT/AMA notice"),
  short_links: z
    .enum(['pages', 'host-rules', 'prefix-rules'], { error: 'must be pages, host-rules or prefix-rules' })
    .default('pages')
    .describe(
      'Short links as a forwarding page each (any host), as one placeholder rule in _redirects (Netlify, nginx), or as ten rules matching only addresses that start with a digit (Cloudflare Pages, which applies rules before files): a file fewer per code per edition',
    ),
  embed_origins: z
    .union([z.literal(ANY_ORIGIN), z.array(z.string())], { error: EMBED_ORIGINS_RULE })
    .default(ANY_ORIGIN)
    .refine((value) => value === ANY_ORIGIN || (value.length > 0 && value.every((item) => origin.safeParse(item).success)), EMBED_ORIGINS_RULE)
    .describe('Sites whose pages may frame the code cards of /embed/<code>/ (frame-ancestors); every other page refuses all framing'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The environment variables that override the file, for CI deploys. */
const ENV_OVERRIDES = { SITE_URL: 'url', BASE_PATH: 'base_path' } as const;

function describeValue(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

/** Reads the configuration file's parsed YAML with the environment's overrides; throws one message listing every problem. */
export function parseSiteConfig(raw: unknown, env: Record<string, string | undefined>, file: string): SiteConfig {
  const merged: Record<string, unknown> = raw && typeof raw === 'object' ? { ...raw } : {};
  const sources = new Map<string, string>();
  for (const [variable, setting] of Object.entries(ENV_OVERRIDES)) {
    const value = env[variable];
    if (value) {
      merged[setting] = value;
      sources.set(setting, `${variable} (environment)`);
    }
  }
  const result = siteConfigSchema.safeParse(merged);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const setting = issue.path.join('.');
    const example = SETTING_EXAMPLES[setting as keyof typeof SETTING_EXAMPLES];
    const where = sources.get(setting) ?? `${file}: ${setting}`;
    return `${where} is ${describeValue(valueAt(merged, issue.path))}, which ${issue.message}; for example ${setting}: ${example ?? '(see README.md, Configuration)'}`;
  });
  throw new Error(`site configuration error(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

export interface PageForFeedback {
  /** The page's absolute public URL. */
  url: string;
  code: string;
}

/** The "Report a problem" link for a page, prefilled with its code and URL. */
export function reportProblemHref(target: string, page: PageForFeedback): string {
  if (target.startsWith('mailto:')) {
    const params = new URLSearchParams({ subject: `Problem with CPT ${page.code}`, body: `Page: ${page.url}\n\nWhat is wrong:\n` });
    // Mail clients read %20, not the + that URLSearchParams writes for a space.
    return `${target}?${params.toString().replaceAll('+', '%20')}`;
  }
  return fillTemplate(target, page);
}

/** The "Edit this page" link for a code, or null when the site has none. */
export function editPageHref(template: string | null, page: PageForFeedback): string | null {
  return template === null ? null : fillTemplate(template, page);
}

function fillTemplate(template: string, { url, code }: PageForFeedback): string {
  return template.replaceAll(URL_PLACEHOLDER, encodeURIComponent(url)).replaceAll(CODE_PLACEHOLDER, encodeURIComponent(code));
}
