/**
 * The security headers of every answer: the Hono app sets them, and the node:http server
 * also sends them on what it refuses before the app is loaded or reached. Their own
 * module, so binding the port loads no framework.
 */
/** No script runs on the page and styles come only from our stylesheet. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
