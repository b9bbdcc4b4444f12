// The date check: when an event happened ("signed on June 12, 2019", "released
// in June 2018"), as a range at the precision written. Two dates of the same
// event conflict only when their ranges do not meet: "2019" fits "June 12, 2019".

import type { DateValue, Scope, Span, Value } from '../model.js';
import type { EntityMatcher } from '../engine/entities.js';
import type { Matcher, MatcherFactory } from '../engine/matcher.js';
import { allMatches } from '../engine/regexp.js';
import { findTimes } from '../engine/when.js';
import type { DateRuleSpec, LoadedRule } from '../rules/types.js';
import { anyOf, triggerWord, parseWindow, phraseSource, triggerWords } from './phrases.js';
import type { CheckKind, CompiledCheck, Hit, SentenceContext } from './types.js';

/**
 * A date after these words bounds a period or dates another event: "in force since 2008", "two years after";
 * after "than" it dates the figure compared with ("five more than on Monday"). "in the 13 weeks to
 * Sept. 27": a period named by its last day is no day of an event either.
 */
export const NOT_EVENT_DATE = /\b(?:since|until|till|by|before|after|following|from|ahead of|between|as of|through|than(?:\s+on)?)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$|\b(?:weeks?|months?|days?|quarters?|years?|period|half)\s+(?:to|ended|ending)\s+$/i;
/** Words between an event and its date: "signed on", "was released in Mexico on", "held last". */
const MAX_GAP = 45;

/** "signed", "signing", "signs" are one event: a crude stem is enough to key them. */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return w.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1').replace(/e$/, '');
}

interface Compiled {
  spec: DateRuleSpec;
  event: Matcher;
  thing: Matcher | null;
  /** Event stems that name one event, mapped to the stem they are keyed as. */
  sameEvent: Map<string, string>;
}

function compileSpec(spec: DateRuleSpec, expr: MatcherFactory): Compiled {
  const events = anyOf(spec.lexicon.events.map((e) => phraseSource(e)));
  const things = spec.lexicon.things ? anyOf(spec.lexicon.things.map((t) => phraseSource(t, true))) : undefined;
  return {
    spec,
    event: expr(String.raw`\b(?:${events})\b`, 'gi'),
    thing: things ? expr(String.raw`\b(${things})\b`, 'gi') : null,
    sameEvent: new Map((spec.lexicon.same_events ?? []).flatMap((group) => group.map((w) => [stem(w), stem(group[0] ?? w)] as [string, string]))),
  };
}

const NOT_NAMES = new Set('The A An It He She They This That These Those In On At By For But And Its Their His Her We I Since After Before When While'.split(' '));
const MODAL = /\b(?:will|would|could|may|might|shall|to|expected|set|scheduled|due|plans?|planning|hopes?|aims?)\s+(?:\w+\s+){0,2}$/i;

/** The named thing an event is of when no thing noun is given: "Colin Powell ... died", "Eme 15 was released". */
function nameBefore(clause: string, at: number): string | null {
  let last: string | null = null;
  for (const m of clause.slice(0, at).matchAll(/\b([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|\d+))*)/g)) {
    const words = (m[1] ?? '').split(/\s+/).filter((w) => !NOT_NAMES.has(w));
    if (words.length > 0) last = words.slice(0, 2).join(' ').toLowerCase();
  }
  return last;
}

/**
 * What the event is of: the nearest thing noun before the event ("the treaty was signed"), else its
 * object ("signed the treaty"), else a name before it, else a thing further on. A thing word later
 * in the clause is often a modifier of something else ("founded in 1972 as a single furniture
 * showroom"), so it is the last resort, not the nearest.
 */
function thingOf(c: Compiled, clause: string, at: number, end: number): string | null {
  if (!c.thing) return nameBefore(clause, at);
  const found = allMatches(c.thing, clause).map((m) => ({ at: m.index, word: (m[1] ?? m[0]).toLowerCase().replace(/(?:es|s)$/, '') }));
  const before = found.filter((f) => f.at < at).pop();
  const object = found.find((f) => f.at >= end && /^\s+(?:(?:the|a|an|its|their|this)\s+)?$/i.test(clause.slice(end, f.at)));
  return before?.word ?? object?.word ?? nameBefore(clause, at) ?? found.find((f) => f.at >= end)?.word ?? null;
}

export const dateCheck: CheckKind = {
  kind: 'date',
  compile(rule: LoadedRule, entities: EntityMatcher, expr: MatcherFactory): CompiledCheck {
    const spec = rule.spec as DateRuleSpec;
    const c = compileSpec(spec, expr);
    const first = spec.lexicon.events.map(triggerWord);
    return {
      rule,
      severity: rule.severity,
      scopeDims: spec.scope ?? ['event', 'topic'],
      windowMs: parseWindow(spec.window),
      trigger: expr(`(?:${anyOf(first.map((w) => phraseSource(w)))})`, 'i'),
      triggerWords: triggerWords(first),
      subject(scope: Scope): string {
        const what = [scope.topic, scope.event].filter(Boolean).join(' ');
        const place = scope.place ? ` · ${entities.display(scope.place).replace(/^the\s+/i, '')}` : '';
        return `${spec.subject}${what ? ` · ${what}` : ''}${place}`;
      },
      compatible(a: Value, b: Value): boolean {
        if (a.kind !== 'date' || b.kind !== 'date') return true;
        return a.start <= b.end && b.start <= a.end;
      },
      extract(ctx: SentenceContext): Hit[] {
        if (ctx.hypothetical) return [];
        const hits: Hit[] = [];
        for (const clause of ctx.clauses) {
          const text = ctx.text.slice(clause.start, clause.end);
          const events = allMatches(c.event, text);
          if (events.length === 0) continue;
          // Only dates written out count: "on Monday" read against two outlets' publication dates
          // (a day apart, or in different time zones) would make a false conflict of the same day.
          const times = findTimes(text, ctx.published).filter((t) => !t.relative && /\d/.test(t.written));
          for (const e of events) {
            const at = e.index;
            const end = at + e[0].length;
            // "will be signed", "is expected to open": a plan, not the date it happened.
            if (MODAL.test(text.slice(Math.max(0, at - 40), at))) continue;
            const topic = thingOf(c, text, at, end);
            if (topic === null) continue;
            const near = times
              .filter((t) => !NOT_EVENT_DATE.test(text.slice(Math.max(0, t.textStart - 24), t.textStart)))
              .map((t) => ({ t, gap: t.textEnd <= at ? at - t.textEnd : t.textStart >= end ? t.textStart - end : 0 }))
              .filter((x) => x.gap <= MAX_GAP)
              .sort((x, y) => x.gap - y.gap)[0];
            if (!near) continue;
            const t = near.t;
            const precision = t.precision === 'week' ? 'day' : t.precision;
            const value: DateValue = { kind: 'date', start: t.start, end: t.end, precision };
            const span: Span = { start: clause.start + t.textStart, end: clause.start + t.textEnd };
            hits.push({
              span,
              written: ctx.text.slice(span.start, span.end),
              role: 'count',
              scope: { place: null, actor: null, event: c.sameEvent.get(stem(e[0])) ?? stem(e[0]), topic },
              value,
            });
          }
        }
        return hits;
      },
    };
  },
};
