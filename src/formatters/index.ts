// The formatter registry. Each format is one pure function (report, options) → string.

import type { Report } from '../model.js';
import type { Formatter } from './common.js';
import { formatAssertionsJson, formatAssertionsText } from './assertions.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatAssertionsJsonl, formatJsonl } from './jsonl.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type { FormatOptions, Formatter } from './common.js';
export { renderMessage, messageIds, type MessageId } from './messages.js';
export { stripControls, escapeMarkdown, escapeHtml, collapseWhitespace, cleanText } from './sanitize.js';

const formatters = {
  text: formatText,
  json: formatJson,
  jsonl: formatJsonl,
  markdown: formatMarkdown,
  sarif: formatSarif,
  github: formatGithub,
  html: formatHtml,
} as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof formatters;

export const formatterNames: readonly FormatterName[] = Object.freeze(Object.keys(formatters) as FormatterName[]);

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name as FormatterName] : undefined;
}

/** For `claimdiff extract --format …`: the assertions alone (with their documents). */
export function formatAssertions(report: Report, format: 'jsonl' | 'json' | 'text'): string {
  switch (format) {
    case 'jsonl':
      return formatAssertionsJsonl(report);
    case 'json':
      return formatAssertionsJson(report);
    case 'text':
      return formatAssertionsText(report);
  }
}
