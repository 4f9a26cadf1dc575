/**
 * The entry form shared by the sidebar and the dialog: apprentice, activity, actor, code, then exactly the fields
 * the code needs. It checks the obvious, sends the payload, and shows the server's verdict field by field.
 */
import type { ActivityOption, PendingEntry, RecordResult, SidebarState } from '../../../src/shared/types';
import type { ServerClient } from '../client';
import { filterApprentices, soleSelectable } from '../logic/apprentices';
import { suggestCode, suggestionApplies } from '../logic/criteria';
import { dueBounds, frenchDay, keepDueInBounds } from '../logic/dates';
import {
  checkEntry,
  EntryKind,
  entryKind,
  EntryValues,
  evaluationPayload,
  needPayload,
  PRECISION_MAX,
  visibleFields,
} from '../logic/entry';
import { applyQuickChoice } from '../logic/mcq';
import { MSG } from '../messages';
import * as ui from './choices';
import { byId } from './dom';
import { clearErrors, clearFieldError, showErrors } from './fieldErrors';
import { announce } from './status';

export interface EntryFormHooks {
  apprenticeChanged(apprenticeId: string): void;
  activityChanged(activityCode: string): void;
  saved(result: RecordResult, kind: EntryKind, values: EntryValues): void;
}

const input = (id: string) => byId<HTMLInputElement>(id);

export class EntryForm {
  private apprenticeId = '';
  private saving = false;
  private touched = false;
  private readonly activities: Map<string, ActivityOption>;

  private readonly search = input('apprentice-search');
  private readonly apprenticeList = byId<HTMLSelectElement>('apprentice');
  private readonly activity = byId<HTMLSelectElement>('activity');
  private readonly actors = byId('actor-options');
  private readonly codes = byId('code-options');
  private readonly identifiedOn = input('identified-on');
  private readonly dueOn = input('due-on');
  private readonly category = byId<HTMLSelectElement>('category');
  private readonly precision = byId<HTMLTextAreaElement>('precision');
  private readonly evaluatedOn = input('evaluated-on');
  private readonly criteria = byId('criteria-options');
  private readonly comment = byId<HTMLTextAreaElement>('comment');

  constructor(
    private readonly state: SidebarState,
    private readonly client: ServerClient,
    private readonly hooks: EntryFormHooks,
  ) {
    this.activities = new Map(state.activities.map((a) => [a.code, a]));
    ui.fillActivities(this.activity, state.activities);
    ui.fillActors(this.actors, state.actors);
    ui.fillCodes(this.codes, state.codes);
    this.identifiedOn.max = state.today;
    this.evaluatedOn.max = state.today;
    this.precision.maxLength = PRECISION_MAX;
    this.renderApprentices();
    this.activityChanged(false);
    this.resetSpecific();
    this.listen();
  }

  private listen(): void {
    this.search.addEventListener('input', () => this.renderApprentices(true));
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && this.apprenticeList.options.length) {
        e.preventDefault();
        this.apprenticeList.focus();
      }
    });
    this.apprenticeList.addEventListener('change', () => this.chooseApprentice(this.apprenticeList.value));
    this.activity.addEventListener('change', () => this.activityChanged(true));
    this.actors.addEventListener('change', () => this.edited('actor'));
    this.codes.addEventListener('change', () => {
      this.edited('code');
      this.codeChanged();
    });
    for (const type of ['input', 'change']) {
      this.identifiedOn.addEventListener(type, () => {
        this.edited('identifiedOn');
        this.updateDueBounds();
      });
    }
    this.dueOn.addEventListener('change', () => this.edited('dueOn'));
    this.precision.addEventListener('input', () => {
      this.edited('precision');
      this.updateCounter();
    });
    this.evaluatedOn.addEventListener('change', () => this.edited('evaluatedOn'));
    this.comment.addEventListener('input', () => this.edited('comment'));
    this.criteria.addEventListener('change', () => this.updateSuggestion());
    byId('mcq-options').addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button.mcq-option');
      if (button) this.addQuickChoice(button.dataset.option || '');
    });
    byId('apply-suggestion').addEventListener('click', () => {
      const code = byId('apply-suggestion').dataset.code || '';
      ui.checkValue(this.codes, code);
      this.codeChanged();
      byId<HTMLInputElement>(`code-${code}`).focus();
    });
    byId<HTMLFormElement>('entry-form').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
  }

  private edited(field: string): void {
    this.touched = true;
    clearFieldError(field);
  }

  /** True once the trainer has typed or chosen something since the last reset. */
  get isDirty(): boolean {
    return this.touched;
  }

  get selectedActivity(): string {
    return this.activity.value;
  }

  private renderApprentices(fromSearch = false): void {
    const found = filterApprentices(this.state.apprentices, this.search.value);
    ui.fillApprentices(this.apprenticeList, found, this.apprenticeId);
    byId('apprentice-count').textContent = found.length ? MSG.matches(found.length) : MSG.noMatch;
    const sole = fromSearch ? soleSelectable(found) : null;
    if (sole && sole.id !== this.apprenticeId) this.chooseApprentice(sole.id);
  }

  private chooseApprentice(id: string): void {
    this.touched = true;
    this.apprenticeId = id;
    this.apprenticeList.value = id;
    clearFieldError('apprenticeId');
    this.hooks.apprenticeChanged(id);
  }

  private currentActivity(): ActivityOption | undefined {
    return this.activities.get(this.activity.value);
  }

  private activityChanged(byUser: boolean): void {
    if (byUser) this.edited('activityCode');
    const a = this.currentActivity();
    ui.fillCategories(this.category, this.state.categories, a ? a.category : '');
    ui.fillQuickChoices(byId('mcq-options'), a ? a.mcq : []);
    byId('mcq-group').hidden = !a || a.mcq.length === 0;
    ui.fillCriteria(this.criteria, a ? a.criteria : []);
    byId('criteria-group').hidden = !a || a.criteria.length === 0;
    this.updateSuggestion();
    this.hooks.activityChanged(this.activity.value);
  }

  private codeChanged(): void {
    const kind = entryKind(ui.checkedValue(this.codes));
    byId('need-fields').hidden = kind !== 'need';
    byId('evaluation-fields').hidden = kind !== 'evaluation';
    this.updateSuggestion();
  }

  private updateDueBounds(): void {
    const bounds = dueBounds(this.identifiedOn.value, this.state.horizonDays);
    this.dueOn.min = bounds ? bounds.min : '';
    this.dueOn.max = bounds ? bounds.max : '';
    this.dueOn.value = keepDueInBounds(this.dueOn.value, bounds);
    byId('due-on-hint').textContent = bounds ? MSG.dueHint(frenchDay(bounds.max)) : '';
  }

  private updateCounter(): void {
    byId('precision-count').textContent = MSG.counter(this.precision.value.length, PRECISION_MAX);
  }

  private updateSuggestion(): void {
    const boxes = this.criteria.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    const checked = Array.from(boxes).filter((b) => b.checked).length;
    const code = ui.checkedValue(this.codes);
    const suggested = suggestionApplies(code) ? suggestCode(boxes.length, checked) : null;
    byId('code-suggestion').hidden = suggested === null;
    if (suggested === null) return;
    byId('code-suggestion-text').textContent = MSG.suggestion(suggested, checked === boxes.length);
    const apply = byId('apply-suggestion');
    apply.textContent = MSG.applySuggestion(suggested);
    apply.dataset.code = suggested;
    apply.hidden = suggested === code;
  }

  private addQuickChoice(option: string): void {
    this.precision.value = applyQuickChoice(this.precision.value, option);
    this.edited('precision');
    this.updateCounter();
    announce(MSG.quickChoiceAdded(option));
  }

  values(): EntryValues {
    const checked = this.criteria.querySelectorAll<HTMLInputElement>('input:checked');
    return {
      apprenticeId: this.apprenticeId,
      activityCode: this.activity.value,
      actor: ui.checkedValue(this.actors),
      code: ui.checkedValue(this.codes),
      identifiedOn: this.identifiedOn.value,
      dueOn: this.dueOn.value,
      category: this.category.value,
      precision: this.precision.value,
      evaluatedOn: this.evaluatedOn.value,
      comment: this.comment.value,
      criteria: Array.from(checked).map((c) => c.value),
    };
  }

  /** Puts the grid's entry in the form: apprentice, activity, actor and code as typed in the grid. */
  prefill(p: PendingEntry): void {
    clearErrors();
    byId('result').hidden = true;
    this.search.value = '';
    this.apprenticeId = p.apprenticeId;
    this.renderApprentices();
    this.hooks.apprenticeChanged(p.apprenticeId);
    this.activity.value = this.activities.has(p.activityCode) ? p.activityCode : '';
    this.activityChanged(false);
    ui.checkValue(this.actors, p.actor);
    ui.checkValue(this.codes, p.code);
    this.resetSpecific();
    this.codeChanged();
    this.touched = false;
  }

  /** The first field the trainer still has to fill for the chosen code. */
  focusFirstToComplete(): void {
    const kind = entryKind(ui.checkedValue(this.codes));
    const target = kind === 'need' ? this.dueOn : kind === 'evaluation' ? this.evaluatedOn : this.apprenticeList;
    target.focus();
  }

  /** After a save: the code-specific fields go back to their defaults, the choices above them stay. */
  resetSpecific(): void {
    const today = this.state.today;
    this.identifiedOn.value = today;
    this.dueOn.value = '';
    this.updateDueBounds();
    const a = this.currentActivity();
    this.category.value = a ? a.category : '';
    this.precision.value = '';
    this.updateCounter();
    this.evaluatedOn.value = today;
    this.comment.value = '';
    this.criteria.querySelectorAll<HTMLInputElement>('input').forEach((c) => (c.checked = false));
    this.codeChanged();
    this.touched = false;
  }

  async submit(): Promise<void> {
    if (this.saving) return;
    const v = this.values();
    const candidates = visibleFields(v.code);
    const problems = checkEntry(v, this.state.today, this.state.horizonDays);
    if (problems.length) {
      showErrors(problems, candidates);
      return;
    }
    clearErrors();
    byId('result').hidden = true;
    this.setSaving(true);
    const kind = entryKind(v.code) as EntryKind;
    const activity = this.currentActivity();
    const reply =
      kind === 'need'
        ? await this.client.recordNeed(needPayload(v))
        : await this.client.recordEvaluation(evaluationPayload(v, !!activity && activity.criteria.length > 0));
    this.setSaving(false);
    if (!reply.ok) {
      showErrors(reply.errors, candidates);
      return;
    }
    this.resetSpecific();
    this.hooks.saved(reply, kind, v);
  }

  /** The button stays focusable while saving (a disabled button would drop the keyboard focus). */
  private setSaving(on: boolean): void {
    this.saving = on;
    const save = byId('save');
    save.setAttribute('aria-disabled', String(on));
    byId('entry-form').setAttribute('aria-busy', String(on));
    if (on) announce(MSG.saving);
  }
}
