import { findAuthorBio, holdsAuthorBio, isAuthorBio } from '../../../lib/extract/author-bio';
import { type Element, descendants } from '../../../lib/extract/dom';
import { extractArticle } from '../../../lib/extract';
import { parseHtml } from '../../../lib/extract/parse-html';

const EN1 = 'The city council voted on Tuesday to replace the cast-iron water mains under the old harbour district, a job engineers say is thirty years overdue.';
const EN2 = 'Crews will start on the eastern side in March, closing two lanes at a time, and the work is expected to last until the autumn of next year.';
const EN3 = 'Residents asked for the night work to stop at ten, and the council agreed to review the schedule after the first month of digging.';
const BIO = 'Dana Whitfield is a city hall reporter covering housing, transit and the council. She joined the paper in 2019.';

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes to replace harbour water mains</title></head><body>${body}</body></html>`;
}

function byId(html: string, id: string): Element {
  const doc = parseHtml(html).root()[0]!;
  const el = descendants(doc).find((e) => e.attribs['id'] === id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

describe('isAuthorBio', () => {
  it.each([
    [BIO],
    ['Ken Oduya covers the White House. Since joining the paper he has written about trade and energy.'],
    ['Maria L. Santos has covered economics since 2012, first from Madrid and now from New York.'],
    ['Rob Hale is the author of a history of neon signs in American cities.'],
    ['Ines Park is an editor on the business desk.'],
  ])('reads %s as a bio', (text) => {
    expect(isAuthorBio(text)).toBe(true);
  });

  it.each([
    // a person in the story, not the writer's trade
    ['Dana Whitfield is a nurse who has lived on Harbour Street for thirty years and fears the noise.'],
    // a byline, a caption, a short name line
    ['By Dana Whitfield'],
    ['Dana Whitfield'],
    ['Workers repair a water main under Harbour Street on Monday. Photo: City Desk'],
    // a sentence that does not open with a name
    ['The reporter who covers the council is on leave this week, the editor said in a note.'],
    // too long for a note under a story
    [`Dana Whitfield is a reporter. ${EN1} ${EN2} ${EN3} ${EN1} ${EN2}`],
  ])('does not read %s as a bio', (text) => {
    expect(isAuthorBio(text)).toBe(false);
  });
});

describe('findAuthorBio', () => {
  it('finds the bio in a block just after the body', () => {
    const html = page(`<main><section id="body"><p>${EN1}</p><p>${EN2}</p></section>
      <div class="end"><div><div></div><div><p id="bio">${BIO}</p></div></div></div></main>`);
    const body = byId(html, 'body');
    expect(findAuthorBio([body])?.attribs['id']).toBe('bio');
  });

  it('looks one level up, beside the body wrapper', () => {
    const html = page(`<div><div id="wrap"><article id="body"><p>${EN1}</p></article></div>
      <div class="clear"></div><div class="sig"><img src="x.jpg"><div id="bio">${BIO}</div></div></div>`);
    const doc = parseHtml(html).root()[0]!;
    const body = descendants(doc).find((e) => e.attribs['id'] === 'body')!;
    expect(findAuthorBio([body])?.attribs['id']).toBe('bio');
  });

  it('ignores other stories and blocks far from the body', () => {
    const html = page(`<main><section id="body"><p>${EN1}</p></section>
      <div><p>Dana Whitfield is a nurse who has lived on Harbour Street for thirty years.</p></div>
      <div><a href="/a">More news</a></div><div><a href="/b">Weather</a></div><div><a href="/c">Sport</a></div>
      <div><p>${BIO}</p></div></main>`);
    expect(findAuthorBio([byId(html, 'body')])).toBeUndefined();
  });
});

describe('holdsAuthorBio', () => {
  it('is true for an author box with a bio and false for one with a byline only', () => {
    const html = page(`<section id="with" class="author-box"><h5>Dana Whitfield</h5><p class="author-box__bio">${BIO}</p></section>
      <section id="without" class="author-box"><h5>Dana Whitfield</h5><p>Follow on social media</p></section>`);
    expect(holdsAuthorBio(byId(html, 'with'))).toBe(true);
    expect(holdsAuthorBio(byId(html, 'without'))).toBe(false);
  });
});

describe('extractArticle and author bios', () => {
  it('keeps the bio after the body container and inside it, but not a byline box', () => {
    const after = extractArticle(page(`<section itemprop="articleBody"><p>${EN1}</p><p>${EN2}</p><p>${EN3}</p></section>
      <div class="bottom"><p>${BIO}</p></div>`));
    expect(after.text).toBe(`${EN1}\n\n${EN2}\n\n${EN3}\n\n${BIO}`);

    const inside = extractArticle(page(`<div class="article-body"><p>${EN1}</p><p>${EN2}</p><p>${EN3}</p>
      <div class="post-bio">${BIO}</div></div>`));
    expect(inside.text).toBe(`${EN1}\n\n${EN2}\n\n${EN3}\n\n${BIO}`);

    const byline = extractArticle(page(`<div class="article-body"><p>${EN1}</p><p>${EN2}</p><p>${EN3}</p>
      <div class="author-box">Dana Whitfield, City Hall. Follow her on social media.</div></div>`));
    expect(byline.text).toBe(`${EN1}\n\n${EN2}\n\n${EN3}`);
  });

  it('does not keep a bio-like teaser inside a related box', () => {
    const related = extractArticle(page(`<div class="article-body"><p>${EN1}</p><p>${EN2}</p><p>${EN3}</p>
      <div class="related-stories"><p>Ken Oduya is a reporter who was held at the border for six hours last week.</p></div></div>`));
    expect(related.text).toBe(`${EN1}\n\n${EN2}\n\n${EN3}`);
  });
});
