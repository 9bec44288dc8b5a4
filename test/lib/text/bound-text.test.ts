import { boundText } from '../../../lib/text/bound-text';

describe('boundText', () => {
  it('leaves ordinary text alone', () => {
    const text = '카카오가 안산 데이터센터를 준공했다. 내년 1분기 가동한다.\nThe plant opened on Monday.';
    expect(boundText(text, { maxChars: 10_000, maxSentenceChars: 1_000 })).toEqual({ text, truncated: false, breaks: 0 });
  });

  it.each([
    ['a run with no space is cut hard', '가'.repeat(10), 4, '가가가가\n가가가가\n가가'],
    ['a sentence end inside the window is preferred', 'One. Two three four.', 12, 'One.\nTwo three\nfour.'],
    ['then the last space', 'alpha beta gamma delta', 12, 'alpha beta\ngamma delta'],
    ['a line break resets the run', 'abcd\nefgh\nij', 4, 'abcd\nefgh\nij'],
  ])('%s', (_name, input, max, expected) => {
    expect(boundText(input, { maxChars: 1_000, maxSentenceChars: max }).text).toBe(expected);
  });

  it('never lets a line grow past the cap, whatever the text', () => {
    const words = ['착공했다.', 'the', 'plant', 'opened.', '데이터센터', 'x'.repeat(50), '1.5', '…'];
    let text = '';
    for (let i = 0; i < 5_000; i++) text += words[(i * 7) % words.length] + (i % 97 === 0 ? '\n' : ' ');
    const bounded = boundText(text, { maxChars: 1_000_000, maxSentenceChars: 120 });
    for (const line of bounded.text.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    // Only breaks were added (a space replaced or a newline inserted): no letter is lost.
    expect(bounded.text.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('cuts the whole text at a space near the limit and says so', () => {
    const text = 'word '.repeat(1000);
    const bounded = boundText(text, { maxChars: 1_003, maxSentenceChars: 10_000 });
    expect(bounded.truncated).toBe(true);
    expect(bounded.text.length).toBeLessThanOrEqual(1_003);
    expect(bounded.text.endsWith('word')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const bounded = boundText('😀'.repeat(10), { maxChars: 7, maxSentenceChars: 3 });
    expect(bounded.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(bounded.text).not.toMatch(/(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
