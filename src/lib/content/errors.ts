/** A content mistake, located as precisely as we can: file, line, entity, field. */
export interface ContentError {
  file: string;
  line?: number;
  /** ID of the entity, when it has one. */
  entity?: string;
  /** Dotted path of the field inside the entity: `title.ja`, `status.0.date`. */
  field?: string;
  /** What is wrong and what was expected. */
  message: string;
}

export function formatError(e: ContentError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  const who = e.entity ? ` [${e.entity}]` : '';
  const field = e.field ? ` ${e.field}:` : '';
  return `${where}${who}${field} ${e.message}`;
}

export class ContentValidationError extends Error {
  constructor(public readonly errors: ContentError[]) {
    super(
      `Content validation failed with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  - ${formatError(e)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}
