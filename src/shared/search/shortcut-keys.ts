interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * "/" jumps to search unless the user is typing somewhere (then it is just a slash);
 * Ctrl+K and Cmd+K jump from anywhere, as on most documentation sites.
 */
export function isSearchShortcut(event: ShortcutKey, typingInField: boolean): boolean {
  if (event.altKey) return false;
  if (event.key.toLowerCase() === 'k') return event.ctrlKey || event.metaKey;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !typingInField;
}
