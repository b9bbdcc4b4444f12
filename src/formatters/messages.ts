// Conflict messages are `{id, data}` in the model; formatters render the wording
// here, so the JSON contract stays stable while the English changes.
//
// Message ids (data fields are strings unless noted; `values` is a list already
// joined with " · " by the engine, in display order):
//
//   quantity-conflict  {subject, values}        figures that cannot all be true
//       "Articles disagree on US troops · Iraq: 5,000 · 3,000 · about 2,500."
//   status-conflict    {subject, values}        statuses that cannot hold at once
//       "Articles disagree on the status of withdrawal · Iraq: planned · complete."
//   date-conflict      {subject, values}        dates whose ranges do not meet
//       "Articles give different dates for the election · Iraq: June 2018 · 2019."
//   change             {subject, values}        a value that changed over time (dated apart)
//       "US troops · Iraq changed over time: 5,000 (Jan 2020) → 3,000 (Oct 2021)."
//   self-conflict      {subject, values}        one article's own values that cannot all be true
//       "The article itself gives different values for people killed: 9 · 40."
//
// Any field may be missing; `subject` then falls back to the conflict's subject and
// `values` is left out. An unknown id renders generically from its data, so a newer
// engine never breaks an older formatter.

import { cleanText } from './sanitize.js';

export const messageIds = ['quantity-conflict', 'status-conflict', 'date-conflict', 'name-conflict', 'name-house', 'change', 'self-conflict'] as const;
export type MessageId = (typeof messageIds)[number];

export interface MessageInput {
  id: string;
  data: Record<string, string | number>;
}

type Template = (subject: string, values: string | null) => string;

const templates: Record<MessageId, Template> = {
  'quantity-conflict': (subject, values) =>
    values ? `Articles disagree on ${subject}: ${values}.` : `Articles give figures for ${subject} that cannot all be true.`,
  'status-conflict': (subject, values) =>
    values ? `Articles disagree on the status of ${subject}: ${values}.` : `Articles give statuses for ${subject} that cannot hold at once.`,
  'date-conflict': (subject, values) =>
    values ? `Articles give different dates for ${subject}: ${values}.` : `Articles give dates for ${subject} that do not agree.`,
  'name-conflict': (subject, values) =>
    values ? `One name, spelled differently: ${values}.` : `${subject} is spelled more than one way.`,
  // The subject of a house-list finding is the preferred spelling.
  'name-house': (subject, values) => `Use the house spelling ${subject}${values ? `, not ${values}` : ''}.`,
  change: (subject, values) => (values ? `${subject} changed over time: ${values}.` : `${subject} changed over time.`),
  'self-conflict': (subject, values) =>
    values ? `The article itself gives different values for ${subject}: ${values}.` : `The article itself gives values for ${subject} that cannot all be true.`,
};

function isMessageId(id: string): id is MessageId {
  return (messageIds as readonly string[]).includes(id);
}

function field(data: Record<string, string | number>, name: string): string | null {
  const v = data[name];
  if (v === undefined) return null;
  const s = cleanText(String(v));
  return s === '' ? null : s;
}

/**
 * Renders a message to one line of English. Data values come from article text:
 * they are stripped of control characters and their whitespace collapsed.
 */
export function renderMessage(message: MessageInput, fallbackSubject = ''): string {
  const subject = field(message.data, 'subject') ?? cleanText(fallbackSubject);
  const values = field(message.data, 'values');
  if (isMessageId(message.id)) return templates[message.id](subject, values);
  const rest = Object.keys(message.data)
    .filter((k) => k !== 'subject')
    .sort()
    .map((k) => `${cleanText(k)}: ${field(message.data, k) ?? ''}`);
  const head = `${cleanText(message.id)}${subject ? ` (${subject})` : ''}`;
  return rest.length > 0 ? `${head}: ${rest.join('; ')}.` : `${head}.`;
}
