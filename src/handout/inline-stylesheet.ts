/**
 * The handout page carries the site's stylesheet inline. On a slow line the browser shares the line
 * between the requests in flight, and the stylesheet (about 7 KiB gzip, five packets) arrived last of
 * all, after the twenty codes' parts and the scripts, so nothing was laid out until the last of it
 * was in. Inline, it comes with the page while the codes' requests wait out their latency, and the
 * line is left to the codes and the scripts (BENCHMARKS.md, round 10). The cost: a reader who goes on
 * to other pages loads the stylesheet once more, as a file this time, and the handout page is larger
 * by what it carries. A handout is mostly opened from a shared link, on a device that has not
 * visited the site, where nothing is cached to lose.
 */
import { allowInlineCode } from '../hosting/page-hashes';

const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]+)">/g;

/**
 * `html` with each stylesheet link replaced by the stylesheet's text (`readStylesheet` takes its
 * address) in a `<style>` at the end of the head, after the scripts and preloads the head starts,
 * and allowed by the page's policy by its hash.
 */
export function withInlineStylesheets(html: string, readStylesheet: (address: string) => string): string {
  const addresses = [...html.matchAll(STYLESHEET_LINK)].map((link) => link[1]!);
  if (addresses.length === 0) throw new Error('withInlineStylesheets: the page links no stylesheet');
  const css = addresses.map(readStylesheet).join('\n');
  // A `</style>` inside the text would end the element early; Tailwind never writes one.
  if (/<\/style/i.test(css)) throw new Error('withInlineStylesheets: a stylesheet holds "</style"');
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('withInlineStylesheets: the page has no </head>');
  const inlined = `${html.slice(0, end)}<style>${css}</style>${html.slice(end)}`.replace(STYLESHEET_LINK, '');
  return allowInlineCode(inlined, 'style-src', css);
}
