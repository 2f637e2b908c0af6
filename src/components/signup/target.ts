import { isEmail } from '../../feed/links.js';
import type { Feed } from '../../feed/types.js';

/** Where a sign-up goes: POSTed to a receiver, written as an e-mail by the person, or nowhere. */
export type Target = { kind: 'post'; action: string; encoding: 'json' | 'form' } | { kind: 'mail'; email: string } | { kind: 'none' };

/**
 * An `action` as the browser will post to it: resolved against the page, and only http(s).
 * Anything else (a typo, a `javascript:` URL) is ignored, so the feed's action or the
 * e-mail fallback takes over instead of retrying a request that can never succeed.
 */
function webUrl(value: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The element's `action` (cleaned) wins over the feed's; without either, the e-mail address
 * of a chosen task, of the sign-up block or of the publisher, in that order.
 */
export function sendTarget(feed: Feed, action: string, encoding: string | undefined, chosen: readonly string[]): Target {
  const url = webUrl(action) ?? feed.signup.action;
  if (url) {
    const picked = encoding === 'form' || encoding === 'json' ? encoding : feed.signup.encoding;
    return { kind: 'post', action: url, encoding: picked === 'form' ? 'form' : 'json' };
  }
  const tasks = feed.opportunities.filter((o) => chosen.includes(o.id));
  const candidates = [...tasks.map((o) => o.contact?.email), feed.signup.email, feed.publisher.email];
  const email = candidates.find((c): c is string => typeof c === 'string' && isEmail(c));
  return email ? { kind: 'mail', email } : { kind: 'none' };
}
