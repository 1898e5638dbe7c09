import type { DocumentCopy } from './copy-for-documents';

/**
 * Puts a document copy (src/browser/copy-for-documents.ts) on the clipboard as rich HTML and plain
 * text; where the browser refuses rich copy (no ClipboardItem, or write() denied), as plain text
 * alone. Rejects when nothing could be copied. The write starts at once, with the copy still being
 * made (a ClipboardItem takes promises): WebKit lets a page write the clipboard only while it handles
 * the click, and loading the copy's code on that click would take it past that moment. Small, so
 * the pages with a copy button load it up front.
 */
export async function writeDocumentCopy(copy: Promise<DocumentCopy>): Promise<'rich' | 'plain'> {
  const blob = (type: 'text/html' | 'text/plain') => copy.then((made) => new Blob([type === 'text/html' ? made.html : made.text], { type }));
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': blob('text/html'), 'text/plain': blob('text/plain') })]);
    return 'rich';
  } catch {
    await navigator.clipboard.writeText((await copy).text);
    return 'plain';
  }
}
