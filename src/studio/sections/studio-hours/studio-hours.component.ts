import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WEEKDAYS, type Weekday } from '../../../feed/types.js';
import { fieldId, focusField } from '../../base/field-id.js';
import { localizedTextField, problemList, selectField, textField, dateField } from '../../base/fields.js';
import { StudioElement } from '../../base/studio-element.js';
import { getAt } from '../../model/json-path.js';
import {
  addPeriod,
  closeDay,
  closedOn,
  closedRuns,
  copyDay,
  exceptionKind,
  freeDate,
  isDate,
  nextPeriod,
  removePeriod,
  tidyTime,
  todayInAmsterdam,
  weeklyToGrid,
  withExceptionKind,
  type ClosedRun,
  type ExceptionKind,
  type GridPeriod,
} from '../../model/hours-grid.js';
import { isRecord, listOf } from '../../model/list-items.js';

export const DAY_NAMES: Record<Weekday, string> = {
  mo: 'maandag',
  tu: 'dinsdag',
  we: 'woensdag',
  th: 'donderdag',
  fr: 'vrijdag',
  sa: 'zaterdag',
  su: 'zondag',
};

const DAY_CHOICES = WEEKDAYS.map((day) => ({ value: day, label: capital(DAY_NAMES[day]) }));

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

let dateFormat: Intl.DateTimeFormat | undefined;
/** "vrijdag 25 december 2026" for a valid date, else the text as written. */
function dateLabel(value: unknown): string {
  if (typeof value !== 'string' || !isDate(value.trim())) return typeof value === 'string' && value.trim() ? value : 'Nieuwe datum';
  dateFormat ??= new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dateFormat.format(new Date(`${value.trim()}T12:00:00Z`));
}

/**
 * Opening hours of one Schedule (a place's `hours`, a task's `schedule`): a row per weekday,
 * closed or with one or more times, then the dates that differ (closed, or other times).
 * Every time field writes at the path the check reports at; adding or removing a time is one
 * edit of the whole list, so one undo step.
 *
 * @summary The weekly grid and the exceptions of a Schedule.
 */
export class StudioHours extends StudioElement {
  /** Path of the Schedule, e.g. "places[3].hours". */
  @property() path = '';
  /** Heading of the group. */
  @property() label = 'Openingstijden';

  /** Which time field ids are closing times, for tidying on change. */
  private times = new Map<string, { path: string; closing: boolean }>();

  /** The first dates of the runs of closed days the editor opened to edit day by day. */
  @state() private openRuns = new Set<string>();

  private get weeklyPath(): string {
    return `${this.path}.weekly`;
  }

  private get exceptionsPath(): string {
    return `${this.path}.exceptions`;
  }

  /** Writes a whole new list and then focuses the field of `focus` (after the render). */
  private async write(listPath: string, value: unknown[], focus?: string): Promise<void> {
    const store = this.store;
    if (!store) return;
    store.set(listPath, value.length ? value : undefined);
    await this.updateComplete;
    if (focus) focusField(this, focus);
  }

  /** "9.30" becomes "09:30" when the editor leaves the field. */
  private onTimeChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const time = this.times.get(input.id);
    if (!time || !this.store) return;
    const tidy = tidyTime(input.value, time.closing);
    if (tidy !== undefined && tidy !== input.value) this.store.set(time.path, tidy, { coalesce: time.path });
  }

  private addTime(day: Weekday): void {
    const { weekly, index } = addPeriod(getAt(this.store!.doc, this.weeklyPath), day);
    void this.write(this.weeklyPath, weekly, `${this.weeklyPath}[${index}].opens`);
  }

  private removeTime(day: Weekday, index: number): void {
    const weekly = removePeriod(getAt(this.store!.doc, this.weeklyPath), index);
    void this.write(this.weeklyPath, weekly).then(() => this.focusDay(day));
  }

  private closeDay(day: Weekday): void {
    void this.write(this.weeklyPath, closeDay(getAt(this.store!.doc, this.weeklyPath), day)).then(() => this.focusDay(day));
  }

  private copyFrom(from: Weekday, to: Weekday): void {
    const weekly = copyDay(getAt(this.store!.doc, this.weeklyPath), from, [to]);
    const index = weeklyToGrid(weekly).rows[WEEKDAYS.indexOf(to)]!.periods[0]?.index ?? 0;
    void this.write(this.weeklyPath, weekly, `${this.weeklyPath}[${index}].opens`);
  }

  private focusDay(day: Weekday): void {
    this.querySelector<HTMLElement>(`#${this.dayId(day)} button, #${this.dayId(day)} input`)?.focus();
  }

  private dayId(day: Weekday): string {
    return `${fieldId(this.path)}-${day}`;
  }

  private addException(): void {
    const exceptions = getAt(this.store!.doc, this.exceptionsPath);
    const { exceptions: next, index } = closedOn(exceptions, freeDate(exceptions, todayInAmsterdam()));
    void this.write(this.exceptionsPath, next, `${this.exceptionsPath}[${index}].date`);
  }

  private removeException(index: number): void {
    const next = listOf(getAt(this.store!.doc, this.exceptionsPath)).filter((_, i) => i !== index);
    void this.write(this.exceptionsPath, [...next]).then(() => this.querySelector<HTMLElement>('.studio-hours-add-date')?.focus());
  }

  private openRun(run: ClosedRun, firstDate: string): void {
    this.openRuns = new Set([...this.openRuns, firstDate]);
    void this.updateComplete.then(() => focusField(this, `${this.exceptionsPath}[${run.first}].date`));
  }

  private removeRun(run: ClosedRun): void {
    const next = listOf(getAt(this.store!.doc, this.exceptionsPath)).filter((_, i) => i < run.first || i > run.last);
    void this.write(this.exceptionsPath, [...next]).then(() => this.querySelector<HTMLElement>('.studio-hours-add-date')?.focus());
  }

  /** Runs shown as one line: not opened by the editor, and without a problem inside. */
  private foldedRuns(exceptions: readonly unknown[]): Map<number, ClosedRun> {
    const troubled = new Set<number>();
    for (const problem of this.store!.problemsAt(this.exceptionsPath, { deep: true })) {
      const index = /^\[(\d+)\]/.exec(problem.path.slice(this.exceptionsPath.length));
      if (index) troubled.add(Number(index[1]));
    }
    const folded = new Map<number, ClosedRun>();
    for (const run of closedRuns(exceptions)) {
      const firstDate = (exceptions[run.first] as { date: string }).date;
      const hasProblem = [...troubled].some((index) => index >= run.first && index <= run.last);
      if (!this.openRuns.has(firstDate) && !hasProblem) folded.set(run.first, run);
    }
    return folded;
  }

  private runTemplate(run: ClosedRun, exceptions: readonly unknown[]): TemplateResult {
    const first = exceptions[run.first] as { date: string; note?: unknown };
    const last = exceptions[run.last] as { date: string };
    const legend = `Dicht van ${dateLabel(first.date)} tot en met ${dateLabel(last.date)}`;
    const note = typeof first.note === 'string' ? first.note : isRecord(first.note) && typeof first.note.nl === 'string' ? first.note.nl : '';
    return html`<fieldset class="studio-hours-exception studio-hours-run" id=${fieldId(`${this.exceptionsPath}[${run.first}]`)}>
      <legend class="studio-legend">${legend}</legend>
      <p class="studio-hint">${run.last - run.first + 1} dagen achter elkaar dicht${note ? html`. Uitleg: ${note}` : nothing}</p>
      <button type="button" class="studio-button studio-button--secondary" @click=${() => this.openRun(run, first.date)}>
        Elke dag apart bewerken<span class="studio-visually-hidden">: ${legend}</span>
      </button>
      <button type="button" class="studio-button studio-button--warning" @click=${() => this.removeRun(run)}>
        Haal deze dagen weg<span class="studio-visually-hidden">: ${legend}</span>
      </button>
    </fieldset>`;
  }

  private exceptionsTemplate(exceptions: readonly unknown[]): TemplateResult[] {
    const folded = this.foldedRuns(exceptions);
    const shown: TemplateResult[] = [];
    for (let index = 0; index < exceptions.length; index += 1) {
      const run = folded.get(index);
      if (run) {
        shown.push(this.runTemplate(run, exceptions));
        index = run.last;
      } else shown.push(this.exceptionTemplate(exceptions[index], index));
    }
    return shown;
  }

  private setKind(index: number, kind: ExceptionKind): void {
    const path = `${this.exceptionsPath}[${index}]`;
    this.store!.set(path, withExceptionKind(getAt(this.store!.doc, path), kind));
  }

  private addExceptionTime(index: number): void {
    const periodsPath = `${this.exceptionsPath}[${index}].periods`;
    const periods = listOf(getAt(this.store!.doc, periodsPath));
    const last = periods[periods.length - 1];
    const next = [...periods, nextPeriod(isRecord(last) ? { closes: last.closes } : undefined)];
    void this.write(periodsPath, next, `${periodsPath}[${next.length - 1}].opens`);
  }

  private removeExceptionTime(index: number, period: number): void {
    const periodsPath = `${this.exceptionsPath}[${index}].periods`;
    const next = listOf(getAt(this.store!.doc, periodsPath)).filter((_, i) => i !== period);
    void this.write(periodsPath, [...next]).then(() => focusField(this, `${this.exceptionsPath}[${index}].closed`));
  }

  private timeFields(periodPath: string): TemplateResult {
    const store = this.store!;
    this.times.set(fieldId(`${periodPath}.opens`), { path: `${periodPath}.opens`, closing: false });
    this.times.set(fieldId(`${periodPath}.closes`), { path: `${periodPath}.closes`, closing: true });
    return html`${textField(store, `${periodPath}.opens`, 'Van', { class: 'studio-field--short', autocomplete: 'off' })}
      ${textField(store, `${periodPath}.closes`, 'Tot', { class: 'studio-field--short', autocomplete: 'off' })}`;
  }

  private periodTemplate(day: Weekday, period: GridPeriod): TemplateResult {
    const store = this.store!;
    const periodPath = `${this.weeklyPath}[${period.index}]`;
    const times = `${period.opens || '…'} tot ${period.closes || '…'} op ${DAY_NAMES[day]}`;
    return html`<div class="studio-hours-period">
      ${problemList(fieldId(periodPath), store.problemsAt(periodPath))}
      <div class="studio-hours-times">
        ${this.timeFields(periodPath)}
        <button type="button" class="studio-button studio-button--secondary studio-hours-remove" @click=${() => this.removeTime(day, period.index)}>
          Weg<span class="studio-visually-hidden">: ${times}</span>
        </button>
      </div>
    </div>`;
  }

  private dayTemplate(day: Weekday, periods: readonly GridPeriod[], previousOpen: Weekday | undefined): TemplateResult {
    const name = DAY_NAMES[day];
    return html`<fieldset class="studio-hours-day" id=${this.dayId(day)}>
      <legend class="studio-legend">${capital(name)}</legend>
      ${periods.length === 0 ? html`<p class="studio-hours-closed">Dicht</p>` : periods.map((period) => this.periodTemplate(day, period))}
      <div class="studio-button-group">
        <button type="button" class="studio-button studio-button--secondary" @click=${() => this.addTime(day)}>
          ${periods.length === 0 ? html`Open op ${name}` : html`Nog een tijd<span class="studio-visually-hidden"> op ${name}</span>`}
        </button>
        ${periods.length === 0 && previousOpen
          ? html`<button type="button" class="studio-button studio-button--secondary" @click=${() => this.copyFrom(previousOpen, day)}>
              Zelfde tijden als ${DAY_NAMES[previousOpen]}<span class="studio-visually-hidden"> voor ${name}</span>
            </button>`
          : nothing}
        ${periods.length > 1
          ? html`<button type="button" class="studio-button studio-button--secondary" @click=${() => this.closeDay(day)}>
              Dicht op ${name}
            </button>`
          : nothing}
      </div>
    </fieldset>`;
  }

  /** Entries whose day the grid cannot place: shown with a day to choose, never dropped. */
  private unplacedTemplate(indexes: readonly number[]): TemplateResult | typeof nothing {
    if (indexes.length === 0) return nothing;
    const store = this.store!;
    return html`<fieldset class="studio-hours-day studio-hours-unplaced">
      <legend class="studio-legend">Tijden zonder goede dag</legend>
      <p class="studio-hint">Kies de dag, of haal de tijd weg.</p>
      ${indexes.map((index) => {
        const periodPath = `${this.weeklyPath}[${index}]`;
        return html`<div class="studio-hours-period">
          ${problemList(fieldId(periodPath), store.problemsAt(periodPath))}
          ${isRecord(getAt(store.doc, periodPath))
            ? html`${selectField(store, `${periodPath}.day`, 'Dag', DAY_CHOICES)}
                <div class="studio-hours-times">${this.timeFields(periodPath)}</div>`
            : nothing}
          <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.write(this.weeklyPath, removePeriod(getAt(store.doc, this.weeklyPath), index))}>
            Weg<span class="studio-visually-hidden">: tijd ${index + 1} zonder dag</span>
          </button>
        </div>`;
      })}
    </fieldset>`;
  }

  private exceptionTemplate(exception: unknown, index: number): TemplateResult {
    const store = this.store!;
    const path = `${this.exceptionsPath}[${index}]`;
    const kind = exceptionKind(exception);
    const id = fieldId(`${path}.closed`);
    const label = isRecord(exception) ? dateLabel(exception.date) : 'Datum';
    const periods = isRecord(exception) ? listOf(exception.periods) : [];
    return html`<fieldset class="studio-hours-exception" id=${fieldId(path)}>
      <legend class="studio-legend">${capital(label)}</legend>
      ${problemList(`${fieldId(path)}-own`, store.problemsAt(path))}
      ${dateField(store, `${path}.date`, 'Datum')}
      <fieldset class="studio-fieldset studio-hours-kind">
        <legend class="studio-label">Wat is er anders?</legend>
        ${problemList(id, store.problemsAt(`${path}.closed`))}
        ${(['closed', 'other-times'] as const).map(
          (value, n) => html`<div class="studio-radio">
            <input
              type="radio"
              id=${n === 0 ? id : `${id}-${value}`}
              name=${id}
              .checked=${kind === value}
              @change=${() => this.setKind(index, value)}
            />
            <label for=${n === 0 ? id : `${id}-${value}`}>${value === 'closed' ? 'Dicht die dag' : 'Andere tijden'}</label>
          </div>`,
        )}
      </fieldset>
      ${kind === 'other-times'
        ? html`${periods.map((_, p) => {
              const periodPath = `${path}.periods[${p}]`;
              return html`<div class="studio-hours-period">
                ${problemList(fieldId(periodPath), store.problemsAt(periodPath))}
                <div class="studio-hours-times">
                  ${this.timeFields(periodPath)}
                  <button type="button" class="studio-button studio-button--secondary studio-hours-remove" @click=${() => this.removeExceptionTime(index, p)}>
                    Weg<span class="studio-visually-hidden">: tijd ${p + 1} op ${label}</span>
                  </button>
                </div>
              </div>`;
            })}
            <button type="button" class="studio-button studio-button--secondary" @click=${() => this.addExceptionTime(index)}>
              Nog een tijd<span class="studio-visually-hidden"> op ${label}</span>
            </button>`
        : nothing}
      ${localizedTextField(store, `${path}.note`, 'Uitleg (niet verplicht)', { hint: 'Bijvoorbeeld: Kerstvakantie' })}
      <button type="button" class="studio-button studio-button--warning" @click=${() => this.removeException(index)}>
        Haal deze datum weg<span class="studio-visually-hidden">: ${label}</span>
      </button>
    </fieldset>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const store = this.store;
    if (!store || !this.path) return nothing;
    this.times.clear();
    const grid = weeklyToGrid(getAt(store.doc, this.weeklyPath));
    const exceptions = listOf(getAt(store.doc, this.exceptionsPath));
    let previousOpen: Weekday | undefined;
    const id = fieldId(this.path);
    return html`<fieldset class="studio-fieldset studio-hours" id=${id} @change=${(event: Event) => this.onTimeChange(event)}>
      <legend class="studio-legend">${this.label}</legend>
      <p class="studio-hint">Schrijf tijden als 09:00 of 13:30. Open tot middernacht: 24:00.</p>
      ${problemList(`${id}-own`, [...store.problemsAt(this.path), ...store.problemsAt(this.weeklyPath), ...store.problemsAt(this.exceptionsPath)])}
      <div class="studio-hours-week" id=${fieldId(this.weeklyPath)}>
        ${grid.rows.map((row) => {
          const template = this.dayTemplate(row.day, row.periods, previousOpen);
          if (row.periods.length > 0) previousOpen = row.day;
          return template;
        })}
        ${this.unplacedTemplate(grid.unplaced)}
      </div>
      <h4 class="studio-hours-heading">Dagen die anders zijn</h4>
      <p class="studio-hint">Een feestdag of vakantie: dicht, of open op andere tijden.</p>
      <div id=${fieldId(this.exceptionsPath)}>${this.exceptionsTemplate(exceptions)}</div>
      <button type="button" class="studio-button studio-button--secondary studio-hours-add-date" @click=${() => this.addException()}>Datum toevoegen</button>
      ${localizedTextField(store, `${this.path}.note`, 'Uitleg bij de tijden (niet verplicht)', { hint: 'Bijvoorbeeld: Alleen op afspraak' })}
    </fieldset>`;
  }
}
