import { createHash } from 'node:crypto';
import { FORCED_THEMES, THEME_ATTRIBUTE, THEME_CHOICES, THEME_SELECT, THEME_STORAGE_KEY, THEME_SWITCH } from './theme';

const json = JSON.stringify;

/**
 * The theme switch's whole script. It applies a stored theme while <head> is parsed, before the
 * first paint, so it is the site's one inline script: the CSP allows it by its hash
 * (THEME_BOOT_HASH), never by 'unsafe-inline'. Once the page is parsed it shows the switch and keeps
 * the reader's choice. Inline rather than a module of its own: every page needs it, and a request
 * per page would cost more than these few hundred bytes (the code page weight budget). When storage
 * throws (blocked site data), nothing is remembered, so the switch stays hidden and the system decides.
 */
// Written small by hand (k: storage key, f: forced themes, r: <html>, a: apply, s: the <select>):
// every page carries it.
const attribute = json(THEME_ATTRIBUTE);
export const THEME_BOOT_SCRIPT =
  `try{var k=${json(THEME_STORAGE_KEY)},f=${json(FORCED_THEMES)},r=document.documentElement,` +
  `a=function(t){f.indexOf(t)<0?r.removeAttribute(${attribute}):r.setAttribute(${attribute},t)};` +
  `a(localStorage.getItem(k));` +
  `document.addEventListener("DOMContentLoaded",function(){var s=document.querySelector("[${THEME_SELECT}]");if(s){` +
  `s.value=r.getAttribute(${attribute})||${json(THEME_CHOICES[0])};` +
  `s.addEventListener("change",function(){a(s.value);try{f.indexOf(s.value)<0?localStorage.removeItem(k):localStorage.setItem(k,s.value)}catch(e){}});` +
  `s.closest("[${THEME_SWITCH}]").hidden=!1}})}catch(e){}`;

/** The script's hash as Astro's scriptDirective.hashes takes it, computed from the text the pages carry. */
export const THEME_BOOT_HASH = `sha256-${createHash('sha256').update(THEME_BOOT_SCRIPT).digest('base64')}` as const;
