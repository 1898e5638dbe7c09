/**
 * One way to drive a browser engine for the cross-engine tests (./suite.ts): what a reader does
 * (open an address, click, type, press a key, pick an option) and what the tests read back. Firefox is driven over
 * WebDriver BiDi with puppeteer-core (./firefox.ts), WebKit over classic WebDriver with WebdriverIO
 * (./webkit.ts); a test written against this interface runs in both.
 */
export type EngineName = 'firefox' | 'webkit';

export type Key = 'Enter' | 'ArrowDown' | 'ArrowUp' | 'Tab' | 'Escape' | 'Control+v';

export interface EngineDriver {
  readonly engine: EngineName;
  /** Opens an address and waits for its load event. */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  click(selector: string): Promise<void>;
  /** Clicks the element, then types the text key by key, as a reader does. */
  type(selector: string, text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Chooses the option with this value in a <select>, as a reader picks it from the list. */
  select(selector: string, value: string): Promise<void>;
  /** Runs a function in the page; arguments and result must be JSON. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  screenshot(path: string): Promise<void>;
  /** Console errors, uncaught errors and CSP violations of the page shown now (see `watchProblems`). */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** What an engine does differently for a reason outside this project, said once so tests can name it. */
export interface EngineLimits {
  /** Errors logged while a page loads are seen (false: only from just after the load on). */
  seesLoadErrors: boolean;
}

declare global {
  interface Window {
    __engineProblems?: string[];
  }
}

/**
 * Runs in the page: records uncaught errors, failed resources, console.error calls and CSP
 * violations in `window.__engineProblems`. Self-contained, since drivers send it as source.
 */
export function watchProblems(): void {
  if (window.__engineProblems) return;
  const problems: string[] = (window.__engineProblems = []);
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target as Element | Window;
      if (!(target instanceof Element)) problems.push(`error: ${event.message}`);
      // A preload is a hint: Firefox fires "error" on a modulepreload of a module the page has
      // already run, and a file really missing fails its import, which is reported anyway.
      else if (!target.matches('link[rel="modulepreload"], link[rel="preload"]')) problems.push(`failed to load ${target.getAttribute('src') ?? target.getAttribute('href')}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    problems.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`),
  );
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(`console: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
}
