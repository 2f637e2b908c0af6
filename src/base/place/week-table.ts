import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WeekRow } from '../../feed/hours.js';

export interface WeekTableOptions {
  /** The element's class for the table, so each element keeps its own look (`week`, `hours`). */
  className: string;
  /** Names the table for screen readers; shown only when `showCaption` is set. Feed text comes in its own element (`feedText`). */
  caption: unknown;
  showCaption?: boolean;
  /** What a day without periods says ("Gesloten"). */
  closed: string;
}

/**
 * The weekly opening hours as a table, one row per day: the map's place details and the
 * guide's contacts show the same table. Rows come from `describeWeek`; the guide loads
 * that code lazily, so this module only takes its result.
 */
export function weekTable(rows: readonly WeekRow[], options: WeekTableOptions): TemplateResult {
  // The roles keep the table a table in WebKit where a narrow guide puts the times under the day (guide.styles.ts).
  return html`<table role="table" class=${options.className}>
    <caption class=${ifDefined(options.showCaption ? undefined : 'visually-hidden')}>${options.caption}</caption>
    <tbody>
      ${rows.map(
        (row) => html`<tr role="row">
          <th role="rowheader" scope="row">${row.dayName}</th>
          <td role="cell">${row.periods.length ? row.periods.join(', ') : options.closed}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
