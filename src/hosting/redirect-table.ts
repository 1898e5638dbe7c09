import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { formatContentErrors } from '../catalog/catalog-checks';
import { readRedirectTable, type Redirect } from './redirects';
import { CONTENT_DIR } from '../schema/content-files';

export const REDIRECTS_FILE = `${CONTENT_DIR}/redirects.yaml`;

/**
 * The checked-in table of retired paths. Read with plain fs rather than a collection because the
 * Astro config (sitemap filter) and the build-end check need it too, outside astro:content.
 */
export function loadRedirectTable(reserved: ReadonlySet<string> = new Set()): Redirect[] {
  const path = resolve(REDIRECTS_FILE);
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(formatContentErrors([`${REDIRECTS_FILE}: ${(error as Error).message}`]));
  }
  const { redirects, errors } = readRedirectTable(raw, REDIRECTS_FILE, reserved);
  if (errors.length) throw new Error(formatContentErrors(errors));
  return redirects;
}
