/** A schema issue's path as an author reads it in a file: history.revisions[0].text. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

/** A schema's issues as an author reads them: the file, the field's path, the problem. */
export function issueMessages(file: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => `${file}: ${fieldPath([...prefix, ...issue.path]) || 'frontmatter'} ${issue.message}`);
}
