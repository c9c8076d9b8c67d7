import { describe, expect, it } from '@jest/globals';
import { parseHours } from './hours';

describe('hours typed on the attendance form', () => {
  it('read a Danish decimal comma and an English point alike', () => {
    expect(parseHours('1,5')).toBe(1.5);
    expect(parseHours(' 2.25 ')).toBe(2.25);
    expect(parseHours('2')).toBe(2);
  });

  it('refuse what the API would refuse: none, more than a day, three decimals, words', () => {
    for (const text of ['', '0', '0,00', '24,5', '25', '1,555', 'to', '-1', '1e2']) {
      expect(parseHours(text)).toBeNull();
    }
    expect(parseHours('24')).toBe(24);
    expect(parseHours('0,01')).toBe(0.01);
  });
});
