/** How every page says that the sources do not give a fact: the wording coders learn to scan for. */
export const notAvailable = (what: string): string => `${what} in the source documents`;
