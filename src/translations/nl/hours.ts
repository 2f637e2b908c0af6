/** Dutch opening-hours words (map and guide). A page with only a sign-up form never loads them. */
import { addDutch } from '../registry.js';

const hours = {
  hoursOpenUntil: (time: string) => `Nu open tot ${time}`,
  hoursOpenNow: 'Nu open',
  hoursClosedNow: 'Nu gesloten',
  hoursAgainToday: (time: string) => `Weer open om ${time}`,
  hoursAgainTomorrow: (time: string) => `Weer open morgen ${time}`,
  hoursAgainOnWeekday: (weekday: string, time: string) => `Weer open ${weekday} ${time}`,
  hoursAgainOnDate: (date: string) => `Weer open op ${date}`,
  hoursTomorrow: 'morgen',
  hoursClosedOn: (date: string) => `Gesloten op ${date}`,
  hoursClosedFromTo: (from: string, to: string) => `Gesloten van ${from} tot en met ${to}`,
  hoursOpenOn: (date: string, periods: string) => `Op ${date} open ${periods}`,
};

// Registered on import: the element that shows these strings imports this module.
addDutch(hours);

export default hours;
