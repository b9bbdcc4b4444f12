// Problems in rule packs and config files. Every problem is one line,
// `file:line:column: message`, like a compiler error.

export class RuleError extends Error {
  override readonly name = 'RuleError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }

  override toString(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.message}`;
  }
}

/**
 * Thrown by the loaders: all the problems found, sorted by file, line, column.
 * `message` is the problems' lines joined with newlines.
 */
export class RuleErrors extends Error {
  override readonly name = 'RuleErrors';
  readonly errors: RuleError[];
  constructor(errors: RuleError[]) {
    const sorted = sortErrors(errors);
    super(sorted.map(String).join('\n'));
    this.errors = sorted;
  }

  override toString(): string {
    return this.message;
  }
}

export function sortErrors(errors: readonly RuleError[]): RuleError[] {
  const seen = new Set<string>();
  const out: RuleError[] = [];
  for (const e of errors) {
    const line = String(e);
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(e);
  }
  // Stable: errors of one file stay together in the order files were loaded.
  const fileOrder = new Map<string, number>();
  for (const e of out) if (!fileOrder.has(e.file)) fileOrder.set(e.file, fileOrder.size);
  return out.sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

/** Whether `e` is one of ours (a single problem or a list of them). */
export function isRuleProblem(e: unknown): e is RuleError | RuleErrors {
  return e instanceof RuleError || e instanceof RuleErrors;
}

/** The problems carried by a thrown value, or null if it is not one of ours. */
export function ruleProblems(e: unknown): RuleError[] | null {
  if (e instanceof RuleErrors) return e.errors;
  if (e instanceof RuleError) return [e];
  return null;
}
