/**
 * Known homes of the article body, tried before the generic scorer. Each group is one
 * CSS selector list; groups are tried in order and the first that yields enough text
 * wins. Specific markup comes first: a site-specific id is more certain than an
 * `<article>` element, which listing pages also use for teasers.
 */

export interface ContainerRule {
  selector: string;
  /** Why the selector marks the body (and for which sites), so it can be pruned later. */
  why: string;
  /**
   * `all`: every match is part of the body (bodies split by ads or photos into several
   * blocks with the same class). `largest`: only the match holding most text.
   */
  take: 'all' | 'largest';
}

export const CONTAINER_RULES: readonly ContainerRule[] = [
  {
    selector: '[itemprop="articleBody"], [itemprop="articlebody"], [property="articleBody"], section[name="articleBody"]',
    why: 'schema.org microdata names the body itself; used by newspapers worldwide and many Korean CMSs',
    take: 'all',
  },
  {
    selector: '#dic_area, #newsct_article, #articleBodyContents, #articeBody, #newsEndContents',
    why: 'Naver News article, entertainment and sports pages (current and older templates; "articeBody" is their own spelling)',
    take: 'largest',
  },
  {
    selector: '#harmonyContainer, .article_view[data-translation-body], #mArticle .article_view',
    why: 'Daum (Kakao) news pages',
    take: 'largest',
  },
  {
    selector: '#article-view-content-div, #articleViewCon, .article-veiw-body, #adiContents, #news_body_area, #newsViewArea',
    why: 'Korean newspaper CMSs (ND Soft "article-view-content-div" runs hundreds of internet newspapers)',
    take: 'largest',
  },
  {
    selector:
      '#articleBody, #article_body, #article-body, #articleText, #article_text, #articletxt, #article_txt, #news_content, #newsContent, #news_body, #textBody, #CmAdContent, #content_body, #storyBody, #story-body',
    why: 'ids that name the body on newspaper templates in both languages',
    take: 'largest',
  },
  {
    selector:
      '.article_txt, .article-txt, .art_txt, .art_body, .article_view, #cont_newstext, .news_body, .news_text, .news_view, .article_body, .article-body, .articleBody, .article__body, .article-body__content, .story-body, .story-body__inner, .story-text, .StoryBodyCompanionColumn, .c-entry-content, .entry-content, .post-content, .post-body, .post_content, .td-post-content, .article-content, .article__content, .articleContent, .body-text',
    why: 'class names that news templates, WordPress themes and blog engines give the body; several matches are one body split by inline boxes',
    take: 'all',
  },
  {
    selector: 'article',
    why: 'the HTML element for a self-contained story; on listing pages it is a teaser, so only the largest counts',
    take: 'largest',
  },
];

/**
 * Class/id words of a standfirst (dek, perex, summary, subtitle): the sentence or two under
 * the headline that summarise the story. Templates put it beside the body container rather
 * than inside, so it is fetched from the container's preceding siblings.
 */
export const DEK_WORDS: ReadonlySet<string> = new Set([
  'dek', 'deck', 'perex', 'standfirst', 'summary', 'subtitle', 'subtit', 'subheadline', 'subhead', 'excerpt', 'intro', 'lead',
  // the same block in Spanish and French templates
  'bajada', 'entradilla', 'chapo', 'chapeau',
]);

/** Words that, next to `sub`, make a subtitle: `sub_title`, `sub-tit`, `sub-head`. */
export const SUBTITLE_PARTS: ReadonlySet<string> = new Set(['title', 'tit', 'head', 'heading']);
