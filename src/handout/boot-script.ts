import { createHash } from 'node:crypto';
import { CODE_SOURCE } from '../shared/codes';
import { CURRENT_EDITION, HANDOUT_PARAMS, MAX_HANDOUT_CODES, defaultEdition } from '../shared/handout';
import { DEFAULT_HANDOUT_SECTIONS, HANDOUT_SECTIONS } from '../code-page/sections';
import { listValue } from '../shared/address-lists';
import { codeJsonUrl, handoutLeadJsonUrl, keptDifferencesUrl } from '../shared/urls';
import { EARLY_FETCHES } from '../shared/early-fetches';

const json = JSON.stringify;

/** Where the script's source addresses take a code and an edition. */
const CODE_SLOT = '{code}';
const EDITION_SLOT = '{edition}';

/**
 * The script element's data attributes: the sources' addresses (base path included) with slots
 * for the code and edition, the kept years (oldest first), the edition shown when the address
 * names none, the sections a handout offers and those it shows by default (which the lead parts hold).
 */
export function handoutBootData(keptYears: readonly number[]): Record<string, string> {
  return {
    'data-lead': handoutLeadJsonUrl(CODE_SLOT),
    'data-sections': listValue(HANDOUT_SECTIONS.map((section) => section.id)),
    'data-lead-sections': listValue(DEFAULT_HANDOUT_SECTIONS),
    'data-live': codeJsonUrl(CODE_SLOT),
    'data-own': keptDifferencesUrl(EDITION_SLOT),
    'data-kept': keptYears.join(','),
    'data-fallback': String(defaultEdition({ sections: [], defaultSections: [], editions: keptYears })),
  };
}

/**
 * The handout page's inline boot script. It asks for each code's source (the live page's parts:
 * handoutSource() in src/browser/handout/code-sections.ts), and for a kept edition the list of its
 * pages of their own too: its other codes read as their live pages, so their live parts are right,
 * and the few that have a page of their own are fetched from it once the list is in)
 * while <head> is parsed, and reads each response in full, leaving it for the handout's modules by
 * address (EARLY_FETCHES, taken by fetchText() in src/browser/early-fetches.ts): the fetches no
 * longer wait for the stylesheet and the module graph, which on a slow line (150 ms a request) was
 * about half a second, and the codes are in when the modules run. Its fetches are of low priority,
 * so a host that heeds priorities (HTTP/2) still sends the handout's modules first. A fetch that
 * fails is left to the handout to try again, so it is marked handled here. It reads the address more loosely than
 * readHandout() (src/shared/handout.ts) and never decides what is shown: a code it asks for that the
 * handout leaves out costs one request, a code it misses is fetched by the handout as before.
 * Addresses that extend a remembered handout (`add`) are left to the handout. The CSP allows the
 * script by its hash (HANDOUT_BOOT_HASH), on this page only; the page gives its addresses and the
 * default edition as data attributes, so the text, and with it the hash, is the same on every site.
 */
// In a function of its own, as the page's other inline script (src/theme/boot-script.ts) keeps its
// names at the top level. Written small (d: the script's data, p: the address, k: kept years, e: the edition, f: fetches an address into r, s: codes asked for,
// w: the sections the address names that a handout offers, v: the live source, the lead parts when
// every one of w is a default section (none named means the defaults), as handoutSource() decides).
const current = json(CURRENT_EDITION);
export const HANDOUT_BOOT_SCRIPT =
  `(function(){try{var d=document.currentScript.dataset,p=new URLSearchParams(location.search),k=d.kept.split(","),` +
  `e=(p.get(${json(HANDOUT_PARAMS.edition)})||"").trim(),s=[],` +
  `w=(p.get(${json(HANDOUT_PARAMS.sections)})||"").split(",").map(function(x){return x.trim()}).filter(function(x){return d.sections.split(",").indexOf(x)>=0}),` +
  `v=w.every(function(x){return d.leadSections.split(",").indexOf(x)>=0})?d.lead:d.live;` +
  `if(e!==${current}&&(!e||k.indexOf(e)<0))e=d.fallback;` +
  `var r=window[${json(EARLY_FETCHES)}]={};function f(h){(r[h]=fetch(h,{priority:"low"}).then(function(x){return x.text().then(function(t){return{ok:x.ok,status:x.status,text:t}})}))["catch"](function(){})}` +
  `if(!p.has(${json(HANDOUT_PARAMS.add)})){if(e!==${current})f(d.own.split(${json(EDITION_SLOT)}).join(e));` +
  `(p.get(${json(HANDOUT_PARAMS.codes)})||"").split(",").forEach(function(c){` +
  `c=c.trim().toUpperCase();if(/^${CODE_SOURCE}$/.test(c)&&s.indexOf(c)<0&&s.length<${MAX_HANDOUT_CODES}){s.push(c);` +
  `f(v.split(${json(CODE_SLOT)}).join(c))}})}}catch(x){}})()`;

/** The script's hash as Astro's CSP takes it, computed from the text the page carries. */
export const HANDOUT_BOOT_HASH = `sha256-${createHash('sha256').update(HANDOUT_BOOT_SCRIPT).digest('base64')}` as const;
