/**
 * A phone number that stays left to right inside any sentence. In Arabic "اتصل: 073-000 00 24"
 * laid the digit groups out from right to left (24 00 000-073): another number for anyone who
 * dials what they read. A left-to-right isolate is invisible, and screen readers skip it.
 */
export function phoneText(phone: string): string {
  return `\u2066${phone}\u2069`;
}
