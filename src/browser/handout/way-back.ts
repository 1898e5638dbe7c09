/** Placeholder until the QR module is merged. */
export function wayBack(_page: Document): HTMLElement | undefined {
  return undefined;
}
