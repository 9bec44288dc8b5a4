import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { hasBoilerplateHint, hintWeight, isHidden, isUnlikelyCandidate, splitWords } from '../../../lib/extract/hints';

function el(html: string): Element {
  return load(html, null, false).root().children()[0] as Element;
}

describe('splitWords', () => {
  it.each([
    ['relatedNews2 art_body', ['related', 'news', 'art', 'body']],
    ['article-view-content-div', ['article', 'view', 'content', 'div']],
    ['dic_area', ['dic', 'area']],
    ['', []],
  ])('%p', (value, expected) => {
    expect(splitWords(value)).toEqual(expected);
  });
});

describe('class and id hints', () => {
  it.each([
    ['<div class="article_relation">'],
    ['<div id="div-gpt-ad-1">'],
    ['<div class="sns_share">'],
    ['<div class="reporter_area">'],
    ['<figcaption class="txt_caption">'],
    ['<div class="sharedaddy">'],
    ['<ul class="commentlist">'],
  ])('%s is boilerplate', (html) => {
    expect(hasBoilerplateHint(el(html))).toBe(true);
  });

  it.each([
    // words inside other words, utility CSS and state classes
    ['<div class="head shadow download">'],
    ['<p class="font-fkroman mb-20">'],
    ['<div class="buzz_superlist_item no_caption">'],
    ['<div class="has-sidebar story">'],
    ['<div id="articleBody">'],
  ])('%s is not boilerplate', (html) => {
    expect(hasBoilerplateHint(el(html))).toBe(false);
  });

  it('weighs content words up, boilerplate down, once per element', () => {
    expect(hintWeight(el('<div id="post-611" class="post">'))).toBe(25);
    expect(hintWeight(el('<div class="comment-list">'))).toBe(-25);
    expect(hintWeight(el('<div class="article_related">'))).toBe(0);
    expect(hintWeight(el('<div>'))).toBe(0);
  });

  it('treats chrome as unlikely unless it also names content', () => {
    expect(isUnlikelyCandidate(el('<div class="sidebar">'))).toBe(true);
    expect(isUnlikelyCandidate(el('<div class="header">'))).toBe(true);
    expect(isUnlikelyCandidate(el('<div class="content has-sidebar sidebar-right">'))).toBe(false);
  });

  it.each([
    ['<div hidden>', true],
    ['<div aria-hidden="true">', true],
    ['<div style="color:red; display: none">', true],
    ['<span class="blind">본문 바로가기</span>', true],
    ['<div class="hidden-xs">', false],
    ['<div style="display:block">', false],
  ])('%s hidden: %p', (html, hidden) => {
    expect(isHidden(el(html))).toBe(hidden);
  });
});
