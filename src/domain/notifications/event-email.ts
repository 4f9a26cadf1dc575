/**
 * The email sent for each recorded need or evaluation (SPEC §4.3), and the reminder of a need that became overdue
 * (§4.4). Both recall all the data, so that a tutor without access to the spreadsheet knows everything.
 */
import { CODE_LABELS } from '../codes';
import { daysBetween, frenchDay } from '../dates';
import {
  isNeed,
  type Activity,
  type Apprentice,
  type EvaluationEvent,
  type IsoDay,
  type JournalEvent,
  type NeedEvent,
  type Settings,
} from '../types';
import { EMAIL_TEXT as T } from '../messages/emails';
import { apprenticeRecipients, personName } from './recipients';
import { oneLine, renderHtml, renderText, type Block, type Fact } from './render';
import type { Email, EmailLinks } from './index';

export interface EventEmailContext {
  settings: Settings;
  apprentice: Apprentice;
  activity: Activity;
  links: EmailLinks;
}

export function eventEmail(event: JournalEvent, ctx: EventEmailContext): Email {
  const name = apprenticeName(ctx.apprentice);
  const meaning = CODE_LABELS[event.code];
  const subject = T.subjects.event(ctx.settings.centre, capitalised(meaning), event.code, ctx.activity.label, name);
  const intro = isNeed(event) ? T.intros.need(name, event.actor) : T.intros.evaluation(name, meaning);
  const details: Block[] = isNeed(event)
    ? [{ kind: 'facts', facts: [...peopleFacts(ctx), ...needFacts(event, ctx.activity)] }]
    : [
        { kind: 'facts', facts: [...peopleFacts(ctx), ...evaluationFacts(event, ctx.activity)] },
        ...criteriaLists(event, ctx.activity),
      ];
  const nextStep = isNeed(event)
    ? T.nextSteps.need(firstName(ctx.apprentice), frenchDay(event.dueOn))
    : T.nextSteps[event.code](firstName(ctx.apprentice));
  return compose(subject, ctx, [intro], details, nextStep);
}

export function overdueReminderEmail(need: NeedEvent, ctx: EventEmailContext & { today: IsoDay }): Email {
  const subject = T.subjects.overdue(ctx.settings.centre, ctx.activity.label, apprenticeName(ctx.apprentice));
  const intro = T.intros.overdue(frenchDay(need.dueOn), daysBetween(need.dueOn, ctx.today));
  const details: Block[] = [{ kind: 'facts', facts: [...peopleFacts(ctx), ...needFacts(need, ctx.activity)] }];
  return compose(subject, ctx, [intro], details, T.nextSteps.overdue(firstName(ctx.apprentice)));
}

function compose(subject: string, ctx: EventEmailContext, intro: string[], details: Block[], nextStep: string): Email {
  const { settings, apprentice, activity, links } = ctx;
  const blocks: Block[] = [
    { kind: 'paragraph', text: T.greeting },
    ...intro.map((text): Block => ({ kind: 'paragraph', text })),
    ...details,
    { kind: 'highlight', title: T.nextStepTitle, text: nextStep },
  ];
  // The questionnaire's options are recalled so that everyone names the need with the same words next time.
  if (activity.mcq.length > 0) blocks.push({ kind: 'list', title: T.mcqReminder, items: activity.mcq });
  blocks.push({
    kind: 'links',
    title: T.linksTitle,
    links: [
      { label: T.links.resources, url: links.resources },
      { label: T.links.deposit(firstName(apprentice)), url: links.deposit },
      { label: T.links.questionnaire, url: links.questionnaire },
      ...(links.grid !== undefined ? [{ label: T.links.grid, url: links.grid }] : []),
    ],
  });
  blocks.push({ kind: 'paragraph', text: T.footer(settings.centre, settings.programme, settings.level) });
  return {
    ...apprenticeRecipients(apprentice),
    subject: oneLine(subject),
    body: renderText(blocks),
    htmlBody: renderHtml(blocks),
  };
}

function peopleFacts({ apprentice }: EventEmailContext): Fact[] {
  return withValues([
    { label: T.labels.apprentice, value: apprenticeName(apprentice) },
    { label: T.labels.company, value: apprentice.company },
    { label: T.labels.tutor, value: personName(apprentice.tutorFirstName, apprentice.tutorLastName) },
    { label: T.labels.trainer, value: personName(apprentice.trainerFirstName, apprentice.trainerLastName) },
  ]);
}

function activityFacts(event: JournalEvent, activity: Activity): Fact[] {
  return [
    { label: T.labels.activity, value: `${activity.code} – ${activity.label}` },
    { label: T.labels.group, value: activity.group.trim() ? `${activity.groupCode} – ${activity.group}` : '' },
    { label: T.labels.code, value: `${event.code} – ${CODE_LABELS[event.code]}` },
  ];
}

function needFacts(need: NeedEvent, activity: Activity): Fact[] {
  return withValues([
    ...activityFacts(need, activity),
    { label: T.labels.expressedBy, value: need.actor },
    { label: T.labels.identifiedOn, value: frenchDay(need.identifiedOn) },
    { label: T.labels.dueOn, value: frenchDay(need.dueOn) },
    { label: T.labels.category, value: need.category },
    { label: T.labels.precision, value: need.precision },
  ]);
}

function evaluationFacts(evaluation: EvaluationEvent, activity: Activity): Fact[] {
  return withValues([
    ...activityFacts(evaluation, activity),
    { label: T.labels.evaluatedBy, value: evaluation.actor },
    { label: T.labels.evaluatedOn, value: frenchDay(evaluation.evaluatedOn) },
    { label: T.labels.comment, value: evaluation.comment },
  ]);
}

/** The activity's evaluation sheet: what is met, and what is left to work on. */
function criteriaLists(evaluation: EvaluationEvent, activity: Activity): Block[] {
  const met = evaluation.criteria;
  const total = Math.max(activity.criteria.length, met.length);
  if (total === 0) return [];
  const toWork = activity.criteria.filter((criterion) => !met.includes(criterion.trim()));
  const lists: Block[] = [
    { kind: 'list', title: T.criteriaMet(met.length, total), items: met.length > 0 ? met : [T.noCriterionMet] },
  ];
  if (toWork.length > 0) lists.push({ kind: 'list', title: T.criteriaToWork, items: toWork });
  return lists;
}

/** A blank cell of the roster is left out rather than shown as an empty line. */
const withValues = (facts: Fact[]): Fact[] => facts.filter((fact) => fact.value.trim() !== '');

const apprenticeName = (apprentice: Apprentice): string => personName(apprentice.firstName, apprentice.lastName);
const firstName = (apprentice: Apprentice): string => apprentice.firstName.trim() || apprenticeName(apprentice);
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
