import type { APIRoute } from 'astro';
import { absoluteUrl, homeUrl, sitemapUrl } from '../shared/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${homeUrl()}\n\nSitemap: ${absoluteUrl(sitemapUrl(), site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
