import type { RootTag } from '../sniff';

/**
 * An HTML page: the root is `<html>`, `<head>` or `<body>` (error pages often skip `<html>`),
 * or the doctype says html. Read as a feed only with list selectors from the source config.
 *
 * @example
 * detectHtml({ name: 'html', local: 'html', attributes: ' lang="ko"', index: 15 }, 'html') // => true
 */
export function detectHtml(root: RootTag, doctype: string | undefined): boolean {
  return doctype === 'html' || ['html', 'head', 'body', 'div', 'meta', 'title', 'script', 'link'].includes(root.name);
}
