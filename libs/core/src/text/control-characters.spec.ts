import { isMultiLineText, isSingleLineText, toMultiLine, toSingleLine } from './control-characters';

// Every C0 control, DEL and every C1 control.
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  '\x7f',
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(0x80 + code)),
];
const named = (character: string) =>
  `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

describe('single-line text', () => {
  it('takes names in any script', () => {
    for (const name of [
      'Jonas Kjær',
      'Åse Ørsted-Ødegård',
      'محمد',
      '李小龙',
      "O'Brien",
      'Zoë 👩‍🏫',
    ]) {
      expect(isSingleLineText(name)).toBe(true);
    }
  });

  it('refuses every control character, wherever it stands', () => {
    const taken = CONTROLS.filter((character) =>
      [`${character}Eve`, `Eve${character}Holm`, `Eve${character}`].some(isSingleLineText),
    );
    expect(taken.map(named)).toEqual([]);
  });

  it('refuses the Unicode line and paragraph separators', () => {
    expect(isSingleLineText('Eve\u2028Holm')).toBe(false);
    expect(isSingleLineText('Eve\u2029Holm')).toBe(false);
  });
});

describe('multi-line text', () => {
  it('takes line breaks as LF or CR LF, and tabs', () => {
    expect(isMultiLineText('Rundvisning\nFrokost\r\n\tByggeværksted')).toBe(true);
  });

  it('refuses every other control character', () => {
    const taken = CONTROLS.filter(
      (character) =>
        !['\t', '\n', '\r'].includes(character) &&
        [`Rundvisning${character}`, `Rundvisning\n${character}Frokost`].some(isMultiLineText),
    );
    expect(taken.map(named)).toEqual([]);
  });

  it('refuses a CR that does not start a CR LF', () => {
    expect(isMultiLineText('Rundvisning\rFrokost')).toBe(false);
    expect(isMultiLineText('Rundvisning\r')).toBe(false);
    expect(isMultiLineText('Rundvisning\n\r')).toBe(false);
  });
});

describe('cleaning text stored before the rules', () => {
  it('puts a name with line breaks on one line and drops other controls', () => {
    expect(toSingleLine('Eve\r\nATTENDEE:mailto:x@evil.test')).toBe(
      'Eve ATTENDEE:mailto:x@evil.test',
    );
    expect(toSingleLine('Eve\rHolm\n\tX\u2028Y\u0000\u001b\u007f\u0085')).toBe('Eve Holm  X Y');
    expect(CONTROLS.every((character) => isSingleLineText(toSingleLine(`a${character}b`)))).toBe(
      true,
    );
  });

  it('keeps lines and tabs of multi-line text, with LF line breaks', () => {
    expect(toMultiLine('Rundvisning\r\nFrokost\rKaffe\n\tSlut\u0000\u001b')).toBe(
      'Rundvisning\nFrokost\nKaffe\n\tSlut',
    );
    expect(CONTROLS.every((character) => isMultiLineText(toMultiLine(`a${character}b`)))).toBe(
      true,
    );
  });
});
