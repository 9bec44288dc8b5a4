/**
 * Element-level rules: which tags never carry article text, and which `class`/`id` words
 * mark boilerplate or content. Rules are data; `hints.ts` applies them.
 *
 * Class and id values are split into lower-case words at `-`, `_`, spaces and camelCase
 * humps, with trailing digits removed (`relatedNews2` -> `related news`), so a rule
 * names a word, not a substring: `ad` must not fire inside `head`, `shadow` or `load`.
 */

/** Tags whose content is never article text (code, media, form controls, document head). */
export const NEVER_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed',
  'video', 'audio', 'source', 'track', 'picture', 'img', 'map', 'area', 'button', 'input', 'select', 'option',
  'textarea', 'label', 'link', 'meta', 'head', 'title', 'dialog', 'base',
]);

/**
 * Tags that hold page furniture, not the story: site navigation, side columns, page footers.
 * `aside` inside an article is a pull-quote or a related box, both repeats or detours.
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu']);

/** Tags that never hold article text but are dropped only inside the chosen body (captions, figures). */
export const CAPTION_TAGS: ReadonlySet<string> = new Set(['figcaption', 'caption']);

/**
 * Words that mark boilerplate strongly enough to drop the element inside the article body
 * (where a positive word such as `article` in `article-related` must not save it).
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  // advertising; `dfp`/`gpt` are Google ad-slot ids, `dable`/`taboola`/`outbrain` recommendation widgets
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit', 'adbox', 'adwrap',
  'adarea', 'banner', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promotion', 'outbrain', 'taboola', 'dable',
  // links to other stories
  'related', 'relate', 'relation', 'recommend', 'recommended', 'popular', 'ranking', 'trending', 'most', 'hot',
  'readmore', 'morenews', 'othernews',
  // sharing and reactions; `sns` is the usual Korean name for share bars, `likeit` Naver's reactions
  'share', 'sharing', 'sharebar', 'social', 'sns', 'likeit', 'reaction', 'reactions', 'emotion', 'kakao',
  // comments; `livere` is a Korean comment service
  'comment', 'comments', 'reply', 'replies', 'disqus', 'livere', 'discuss', 'discussion',
  // subscriptions, sign-up walls and consent banners
  'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'login', 'cookie', 'gdpr', 'consent', 'popup', 'modal',
  // navigation; `gnb`/`lnb`/`snb` are Korean global/local/side navigation bars
  'breadcrumb', 'breadcrumbs', 'nav', 'navbar', 'navigation', 'menu', 'gnb', 'lnb', 'snb', 'pagination', 'pager',
  'sidebar', 'widget', 'toolbar', 'util', 'utility', 'tools',
  // tags, keywords and series boxes under a story
  'tags', 'tag', 'keyword', 'keywords', 'hashtag', 'topics',
  // photo captions and credits; charts and interactive graphics, whose labels are not sentences
  'caption', 'captions', 'figcaption', 'credit', 'credits', 'graphic', 'graphics', 'infographic', 'chart', 'ai2html',
  // bylines, reporter and author boxes, copyright notices
  'byline', 'reporter', 'journalist', 'copyright', 'writer', 'author', 'authors', 'bio', 'profile',
  // placeholders that scripts replace ("Loading…" in a video player or a lazy box)
  'loading', 'loader', 'spinner',
  // print buttons and skip links ("본문 바로가기"); not `font`: utility CSS puts `font-serif` on paragraphs
  'print', 'skip',
]);

/**
 * Words of an author box. Such a box is boilerplate (a byline, a headshot, a follow button)
 * unless it holds the writer's bio, which the cleaner keeps as the end of the story.
 */
export const AUTHOR_BOX_WORDS: ReadonlySet<string> = new Set([
  'author', 'authors', 'bio', 'profile', 'byline', 'writer', 'reporter', 'journalist', 'contributor',
]);

/**
 * Words that mark page chrome before scoring; an element carrying one (and no
 * {@link CONTENT_WORDS}) is left out of the search for the body.
 */
export const UNLIKELY_WORDS: ReadonlySet<string> = new Set([
  ...BOILERPLATE_WORDS,
  'header', 'footer', 'masthead', 'foot', 'gnb', 'community', 'shoutbox', 'agegate', 'rss', 'remark',
]);

/** Words that make an element a likely home for the article body. */
export const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'body', 'content', 'contents', 'cont', 'entry', 'hentry', 'main', 'post', 'story', 'text', 'txt',
  'blog', 'news', 'view', 'detail', 'read', 'column', 'prose', 'markdown',
]);

/**
 * Prefixes of class/id words that mark boilerplate when written without a separator
 * (`sharebox`, `relatednews`, `commentlist`, `adcontainer` in lower-case templates).
 */
export const BOILERPLATE_PREFIXES: readonly string[] = [
  'advert', 'adsense', 'sponsor', 'banner', 'promo', 'related', 'recommend', 'share', 'social', 'comment',
  'newsletter', 'subscri', 'breadcrumb', 'pagination', 'caption', 'copyright', 'byline', 'reporter',
];

/**
 * Whole class names of text kept for screen readers only (Naver's `blind` holds "본문 바로가기"
 * and button labels). Matched as whole classes: `hidden-xs` only hides on small screens.
 */
export const SCREEN_READER_CLASSES: ReadonlySet<string> = new Set([
  'blind', 'sr-only', 'screen-reader-text', 'visually-hidden', 'visuallyhidden', 'hidden', 'hide', 'a11y', 'offscreen',
]);

/** Elements in hidden state are never rendered, so never read. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
