import { isOpen, isOverdue, openNeedsOf, progressKey, progressOf } from '../../src/domain/progress';
import type { Actor, EvaluationCode, EvaluationEvent, JournalEvent, NeedEvent } from '../../src/domain/types';

const base = { recordedAt: '2026-11-01T08:00:00Z', recordedBy: 'f@cfa.fr', notification: 'envoyée' };
const need = (eventId: string, identifiedOn: string, dueOn: string, actor: Actor = 'Entreprise', apprenticeId = 'A1'): NeedEvent => ({
  ...base, eventId, apprenticeId, activityCode: 'C1', actor, code: 'I', identifiedOn, dueOn, precision: 'Ouverture du magasin', category: '',
});
const evaluation = (eventId: string, code: EvaluationCode, evaluatedOn: string, actor: Actor = 'Formateur', apprenticeId = 'A1'): EvaluationEvent => ({
  ...base, eventId, apprenticeId, activityCode: 'C1', actor, code, evaluatedOn, comment: '', criteria: [],
});
const TODAY = '2026-11-23';
const progressOfA1 = (events: JournalEvent[], today = TODAY) => progressOf(events, today).get(progressKey('A1', 'C1'))!;

describe('open needs', () => {
  test('a need with no evaluation since is open and makes the status I', () => {
    const p = progressOfA1([need('e1', '2026-11-20', '2026-11-30')]);
    expect(p.openNeeds.map((n) => n.eventId)).toEqual(['e1']);
    expect(p.status).toBe('I');
  });

  test("an evaluation dated before the need's identification does not close it", () => {
    const events = [need('e1', '2026-11-20', '2026-11-30'), evaluation('e2', 'EC', '2026-11-19')];
    expect(progressOfA1(events).openNeeds).toHaveLength(1);
    expect(isOpen(events[0] as NeedEvent, [events[1] as EvaluationEvent])).toBe(true);
  });

  test('an evaluation dated on the identification day closes it, whoever the actor', () => {
    const events = [need('e1', '2026-11-20', '2026-11-30', 'Entreprise'), evaluation('e2', 'EC', '2026-11-20', 'Alternant')];
    const p = progressOfA1(events);
    expect(p.openNeeds).toEqual([]);
    expect(p.status).toBe('EC');
    expect(isOpen(events[0] as NeedEvent, [events[1] as EvaluationEvent])).toBe(false);
  });

  test("another apprentice's evaluation does not close the need", () => {
    const n = need('e1', '2026-11-20', '2026-11-30');
    expect(isOpen(n, [evaluation('e2', 'A', '2026-11-21', 'Formateur', 'A2')])).toBe(true);
  });

  test('only the needs identified after the last evaluation stay open', () => {
    const events = [need('e1', '2026-11-02', '2026-11-10'), evaluation('e2', 'A', '2026-11-05'), need('e3', '2026-11-06', '2026-11-20')];
    expect(progressOfA1(events).openNeeds.map((n) => n.eventId)).toEqual(['e3']);
    expect(openNeedsOf(events, TODAY).map((n) => n.eventId)).toEqual(['e3']);
  });
});

describe('status and latest events', () => {
  test('the status is the latest evaluation of any actor', () => {
    const p = progressOfA1([evaluation('e1', 'EC', '2026-11-02', 'Formateur'), evaluation('e2', 'A', '2026-11-09', 'Entreprise')]);
    expect(p.status).toBe('A');
    expect(p.latestByActor.Formateur?.eventId).toBe('e1');
    expect(p.latestByActor.Entreprise?.eventId).toBe('e2');
  });

  test('latest means the latest date, not the last line: a late entry of an old evaluation does not win', () => {
    const p = progressOfA1([evaluation('e1', 'A', '2026-11-09'), evaluation('e2', 'EC', '2026-11-02')]);
    expect(p.latestEvaluation?.eventId).toBe('e1');
    expect(p.status).toBe('A');
  });

  test('on the same day the later journal line wins', () => {
    const p = progressOfA1([evaluation('e1', 'EC', '2026-11-09'), evaluation('e2', 'R', '2026-11-09')]);
    expect(p.status).toBe('R');
    expect(p.latestByActor.Formateur?.eventId).toBe('e2');
  });

  test('the latest need is kept for the grid even once answered', () => {
    const p = progressOfA1([need('e1', '2026-11-02', '2026-11-10'), evaluation('e2', 'A', '2026-11-05')]);
    expect(p.latestNeed?.eventId).toBe('e1');
    expect(p.status).toBe('A');
  });
});

describe('overdue needs', () => {
  test('an overdue need is flagged', () => {
    expect(progressOfA1([need('e1', '2026-11-01', '2026-11-22')]).overdue).toBe(true);
  });

  test('a need due today is not yet overdue', () => {
    expect(progressOfA1([need('e1', '2026-11-01', TODAY)]).overdue).toBe(false);
    expect(isOverdue(need('e1', '2026-11-01', TODAY), TODAY)).toBe(false);
  });

  test('an answered need is never overdue', () => {
    const p = progressOfA1([need('e1', '2026-11-01', '2026-11-10'), evaluation('e2', 'EC', '2026-11-12')]);
    expect(p.overdue).toBe(false);
  });
});
