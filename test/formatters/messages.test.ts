import { describe, expect, it } from 'vitest';
import { messageIds, renderMessage } from '../../src/formatters/messages.js';

describe('renderMessage', () => {
  it.each([
    ['quantity-conflict', 'Articles disagree on US troops · Iraq: 5,000 · 3,000 · about 2,500.'],
    ['status-conflict', 'Articles disagree on the status of US troops · Iraq: 5,000 · 3,000 · about 2,500.'],
    ['date-conflict', 'Articles give different dates for US troops · Iraq: 5,000 · 3,000 · about 2,500.'],
    ['change', 'US troops · Iraq changed over time: 5,000 · 3,000 · about 2,500.'],
  ])('%s', (id, expected) => {
    expect(renderMessage({ id, data: { subject: 'US troops · Iraq', values: '5,000 · 3,000 · about 2,500' } })).toBe(expected);
  });

  it('covers every documented id', () => {
    expect([...messageIds]).toEqual(['quantity-conflict', 'status-conflict', 'date-conflict', 'name-conflict', 'name-house', 'change', 'self-conflict']);
  });

  it('says when the values are one article\'s own', () => {
    expect(renderMessage({ id: 'self-conflict', data: { subject: 'people killed', values: '9 · 40' } })).toBe(
      'The article itself gives different values for people killed: 9 · 40.',
    );
  });

  it('falls back to the conflict subject and leaves out missing values', () => {
    expect(renderMessage({ id: 'quantity-conflict', data: {} }, 'talks')).toBe(
      'Articles give figures for talks that cannot all be true.',
    );
  });

  it('renders an unknown id from its data', () => {
    expect(renderMessage({ id: 'casualty-ratio', data: { subject: 'x', b: 2, a: 'one' } })).toBe(
      'casualty-ratio (x): a: one; b: 2.',
    );
  });

  it('strips controls and collapses whitespace in data', () => {
    expect(renderMessage({ id: 'change', data: { subject: 'a\u001b[31m\r\nb', values: '1\u009b2J → 2' } })).toBe(
      'a b changed over time: 1 → 2.',
    );
  });
});
