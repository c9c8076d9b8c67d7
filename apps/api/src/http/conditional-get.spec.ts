import { isNotModified } from './conditional-get';

describe('isNotModified', () => {
  const etag = '"v7"';
  const lastModified = new Date('2026-12-02T10:15:30.250Z');

  it('answers 304 to a matching If-None-Match whatever Cache-Control the client sends', () => {
    expect(isNotModified({ 'if-none-match': '"v7"', 'cache-control': 'no-cache' }, { etag })).toBe(
      true,
    );
    expect(isNotModified({ 'if-none-match': '"v6", W/"v7"' }, { etag })).toBe(true);
    expect(isNotModified({ 'if-none-match': '*' }, { etag })).toBe(true);
  });

  it('sends the representation when no tag matches', () => {
    expect(isNotModified({ 'if-none-match': '"v6"' }, { etag })).toBe(false);
    expect(isNotModified({ 'if-none-match': '"v7' }, { etag })).toBe(false);
    expect(isNotModified({}, { etag, lastModified })).toBe(false);
  });

  it('ignores If-Modified-Since when If-None-Match is there', () => {
    expect(
      isNotModified(
        { 'if-none-match': '"v6"', 'if-modified-since': 'Thu, 03 Dec 2026 00:00:00 GMT' },
        { etag, lastModified },
      ),
    ).toBe(false);
  });

  it('compares If-Modified-Since to the second, and ignores one that is not a date', () => {
    const at = (date: string) =>
      isNotModified({ 'if-modified-since': date }, { etag, lastModified });
    expect(at('Wed, 02 Dec 2026 10:15:30 GMT')).toBe(true);
    expect(at('Wed, 02 Dec 2026 10:15:29 GMT')).toBe(false);
    expect(at('yesterday')).toBe(false);
  });
});
