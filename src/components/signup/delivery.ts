/**
 * The code that checks and sends a sign-up, in one module so the script-tag build makes it
 * one chunk: `<buurt-signup>` imports it on demand (when someone starts filling in the form,
 * when sign-ups wait on the device, or on submit), so a page that only shows the form does
 * not download it up front. The screens that can only follow it come along (`outcome.ts`).
 */
export { SignupStore } from './outbox.js';
export { Courier } from './send.js';
export { buildPayload, createSignupId } from './payload.js';
export { validateSignup } from './validation.js';
export { renderMail, renderOutbox, renderSent } from './outcome.js';
export { receiverErrors, renderErrorSummary, renderFieldError } from './errors.js';
