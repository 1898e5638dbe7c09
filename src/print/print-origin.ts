import type { Plugin } from 'vite';

/**
 * The placeholder src/styles/print.css writes where the site's origin belongs. A printed link shows
 * its address after it (`content: var(--print-origin) attr(href)`), and an href is root-relative
 * ("/codes/families/…/", base path included), which leads nowhere on paper: the origin makes it an
 * address a reader can type. CSS has no way to learn the origin, so the build writes it in.
 */
export const PRINT_ORIGIN_PLACEHOLDER = '__PRINT_SITE_ORIGIN__';

/** A Vite plugin that puts the origin (site.config.yaml `url`, no trailing slash) into the built CSS. */
export function printOrigin(origin: string): Plugin {
  const value = new URL(origin).origin;
  const fill = (css: string) => css.replaceAll(PRINT_ORIGIN_PLACEHOLDER, value);
  return {
    name: 'cpt-reference:print-origin',
    enforce: 'post',
    // The dev server serves each stylesheet through transform; the build emits them as assets.
    transform: (code) => (code.includes(PRINT_ORIGIN_PLACEHOLDER) ? { code: fill(code), map: null } : null),
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string') file.source = fill(file.source);
      }
    },
  };
}
