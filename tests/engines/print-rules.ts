/**
 * Runs in the page: for each selector, whether the `@media print` rules the engine parsed give its
 * first element, or an element around it, `display: none`. For engines whose driver cannot switch to print media, this checks
 * the same rules a printout applies, as this engine read them. Self-contained, since drivers send it as source.
 */
export function printRulesHide(selectors: string[]): boolean[] {
  const hiding: string[] = [];
  const walk = (rules: CSSRuleList, inPrint: boolean) => {
    for (const rule of rules) {
      const print = inPrint || (rule instanceof CSSMediaRule && /(^|,)\s*print\b/.test(rule.media.mediaText));
      if (rule instanceof CSSStyleRule && print && rule.style.display === 'none') hiding.push(rule.selectorText);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, print);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
  return selectors.map((selector) => {
    const element = document.querySelector(selector);
    return !!element && hiding.some((rule) => element.closest(rule));
  });
}
