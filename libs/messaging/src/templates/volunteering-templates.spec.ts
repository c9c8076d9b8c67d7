import { formatTimes } from './format';
import { renderTemplate, TemplateName, TemplateParams } from './index';
import { RenderedMail } from './template';
import { weekdayList } from './volunteering-blocks';
import {
  both,
  describeTemplateContract,
  exampleShift,
  recipient,
  userText,
} from './template-testing.spec-helper';

type VolunteeringTemplateName = Extract<TemplateName, `shift.${string}` | `programme.${string}`>;
type Examples = Pick<TemplateParams, VolunteeringTemplateName>;

// Wednesday 21 October 2026 is summer time (+02:00); 28 October is after the change (+01:00).
const october21 = { start: '2026-10-21T14:00:00Z', end: '2026-10-21T16:00:00Z' };
const october28 = { start: '2026-10-28T15:00:00Z', end: '2026-10-28T17:00:00Z' };

/** One example per template; `tag` marks every piece of user-provided text with its field. */
function examples(tag: (field: string) => string = () => ''): Examples {
  const text = userText(tag);
  const shift = exampleShift(text, october21);
  const { programmeTitle, partnerName, location, timezone } = shift;
  const programme = { programmeTitle, partnerName, location, timezone };
  const programmeLink = text(
    'programmeLink',
    'https://scheduler.example.test/api/v1/programmes/programme-1',
  );
  return {
    'shift.signup-confirmed': { ...shift, promoted: false },
    'shift.signup-waitlisted': { ...shift, position: 3 },
    'shift.cancelled': {
      ...shift,
      reason: text('reason', 'Klubben er lukket i efterårsferien'),
      byScheduleChange: false,
    },
    'shift.reminder': { ...shift, daysBefore: 1, signupId: 'signup-1', signupRevision: 1 },
    'shift.signup-cancelled': { ...shift },
    'shift.short': { ...shift, signedUp: 1, minimum: 2, forCoordinator: true },
    'programme.commitment-started': {
      ...programme,
      weekdays: [3],
      startTime: '16:00',
      endTime: '18:00',
      shiftsConfirmed: 10,
      shiftsWaitlisted: 2,
      link: programmeLink,
    },
    'programme.commitment-ended': {
      programmeTitle: programme.programmeTitle,
      partnerName: programme.partnerName,
      shiftsReleased: 7,
      link: programmeLink,
    },
    'programme.commitment-changed': {
      ...programme,
      weekdays: [2, 4],
      startTime: '15:30',
      endTime: '17:30',
      link: programmeLink,
    },
    'shift.commitment-skipped': { ...shift },
  };
}

const NAMES = Object.keys(examples()) as VolunteeringTemplateName[];

function render<Name extends VolunteeringTemplateName>(
  name: Name,
  locale: string,
  params: Examples[Name] = examples()[name],
  to = recipient,
): RenderedMail {
  return renderTemplate<VolunteeringTemplateName>(name, locale, params, to);
}

describe('volunteering mail templates', () => {
  describeTemplateContract(NAMES, examples);

  describe('subjects', () => {
    it.each<[VolunteeringTemplateName, string, string]>([
      [
        'shift.signup-confirmed',
        'Frivillig i Dansk Flygtningehjælp: onsdag 21. oktober kl. 16.00–18.00',
        'Volunteering at Dansk Flygtningehjælp: Wednesday 21 October, 16:00–18:00',
      ],
      [
        'shift.signup-waitlisted',
        'Venteliste: frivillig i Dansk Flygtningehjælp onsdag 21. oktober kl. 16.00–18.00',
        'Waiting list: volunteering at Dansk Flygtningehjælp on Wednesday 21 October, 16:00–18:00',
      ],
      [
        'shift.cancelled',
        'Aflyst: frivillig i Dansk Flygtningehjælp onsdag 21. oktober kl. 16.00–18.00',
        'Cancelled: volunteering at Dansk Flygtningehjælp on Wednesday 21 October, 16:00–18:00',
      ],
      [
        'shift.reminder',
        'Påmindelse: frivillig i Dansk Flygtningehjælp i morgen, onsdag 21. oktober kl. 16.00–18.00',
        'Reminder: volunteering at Dansk Flygtningehjælp tomorrow, Wednesday 21 October, 16:00–18:00',
      ],
      [
        'shift.signup-cancelled',
        'Afmeldt: frivillig i Dansk Flygtningehjælp onsdag 21. oktober kl. 16.00–18.00',
        'Signed off: volunteering at Dansk Flygtningehjælp on Wednesday 21 October, 16:00–18:00',
      ],
      [
        'programme.commitment-started',
        'Fast frivillig i Dansk Flygtningehjælp: onsdage kl. 16.00–18.00',
        'Regular volunteering at Dansk Flygtningehjælp: Wednesdays, 16:00–18:00',
      ],
      [
        'programme.commitment-ended',
        'Fast tilmelding stoppet: Lektiehjælp og fodbold i drengeklubben hos Dansk Flygtningehjælp',
        'Standing commitment ended: Lektiehjælp og fodbold i drengeklubben at Dansk Flygtningehjælp',
      ],
      [
        'programme.commitment-changed',
        'Ændret plan: frivillig i Dansk Flygtningehjælp, tirsdage og torsdage kl. 15.30–17.30',
        'Schedule changed: volunteering at Dansk Flygtningehjælp, Tuesdays and Thursdays, 15:30–17:30',
      ],
      [
        'shift.commitment-skipped',
        'Ikke tilmeldt: frivillig i Dansk Flygtningehjælp onsdag 21. oktober kl. 16.00–18.00',
        'Not signed up: volunteering at Dansk Flygtningehjælp on Wednesday 21 October, 16:00–18:00',
      ],
    ])('say what %s is about and when', (name, danish, english) => {
      expect(render(name, 'da').subject).toBe(danish);
      expect(render(name, 'en').subject).toBe(english);
    });

    it('keep 16.00 after the October daylight-saving change', () => {
      const confirmed = { ...examples()['shift.signup-confirmed'], ...october28 };
      expect(render('shift.signup-confirmed', 'da', confirmed).subject).toBe(
        'Frivillig i Dansk Flygtningehjælp: onsdag 28. oktober kl. 16.00–18.00',
      );
      expect(render('shift.signup-confirmed', 'en', confirmed).subject).toBe(
        'Volunteering at Dansk Flygtningehjælp: Wednesday 28 October, 16:00–18:00',
      );
      const waitlisted = { ...examples()['shift.signup-waitlisted'], ...october28 };
      expect(render('shift.signup-waitlisted', 'da', waitlisted).subject).toBe(
        'Venteliste: frivillig i Dansk Flygtningehjælp onsdag 28. oktober kl. 16.00–18.00',
      );
      const cancelled = { ...examples()['shift.cancelled'], ...october28 };
      expect(render('shift.cancelled', 'en', cancelled).subject).toBe(
        'Cancelled: volunteering at Dansk Flygtningehjælp on Wednesday 28 October, 16:00–18:00',
      );
    });

    it('use the programme’s timezone, whatever offset the instants are written with', () => {
      const params = {
        ...examples()['shift.signup-confirmed'],
        start: '2026-10-28T16:00:00+01:00',
        end: '2026-10-28T18:00:00+01:00',
        timezone: 'Atlantic/Faroe',
      };
      expect(render('shift.signup-confirmed', 'da', params).subject).toBe(
        'Frivillig i Dansk Flygtningehjælp: onsdag 28. oktober kl. 15.00–17.00',
      );
    });

    it('stay on one line when a name was typed with a line break', () => {
      const params = {
        ...examples()['shift.signup-confirmed'],
        partnerName: 'Dansk\nFlygtningehjælp',
      };
      expect(render('shift.signup-confirmed', 'da', params).subject).toBe(
        'Frivillig i Dansk Flygtningehjælp: onsdag 21. oktober kl. 16.00–18.00',
      );
    });
  });

  describe('shift.signup-confirmed', () => {
    it('confirms the sign-up with the shift, programme and place', () => {
      const danish = render('shift.signup-confirmed', 'da');
      for (const part of both(danish)) {
        expect(part).toContain('Du er tilmeldt vagten onsdag 21. oktober kl. 16.00–18.00.');
        expect(part).toContain('meld dig fra i god tid');
        expect(part).not.toContain('ventelisten');
      }
      expect(danish.text).toContain(
        'Tidspunkt: onsdag 21. oktober kl. 16.00–18.00\n' +
          'Aktivitet: Lektiehjælp og fodbold i drengeklubben\n' +
          'Organisation: Dansk Flygtningehjælp\n' +
          'Sted: Klubhuset, Vejle Øst',
      );
      for (const part of both(render('shift.signup-confirmed', 'en'))) {
        expect(part).toContain(
          'You are signed up for the shift on Wednesday 21 October, 16:00–18:00.',
        );
      }
    });

    it('tells a volunteer promoted from the waiting list that a place became free', () => {
      const params = { ...examples()['shift.signup-confirmed'], promoted: true };
      for (const part of both(render('shift.signup-confirmed', 'da', params))) {
        expect(part).toContain(
          'Der er blevet en plads ledig, og du er rykket op fra ventelisten: du er nu tilmeldt vagten onsdag 21. oktober kl. 16.00–18.00.',
        );
      }
      for (const part of both(render('shift.signup-confirmed', 'en', params))) {
        expect(part).toContain('you have moved up from the waiting list');
      }
    });
  });

  it('gives the place on the waiting list and promises word when a place frees up', () => {
    for (const part of both(render('shift.signup-waitlisted', 'da'))) {
      expect(part).toContain(
        'Vagten onsdag 21. oktober kl. 16.00–18.00 er fuld. Du står som nummer 3 på ventelisten',
      );
      expect(part).toContain('vi giver dig besked, hvis der bliver en plads ledig');
    }
    for (const part of both(render('shift.signup-waitlisted', 'en'))) {
      expect(part).toContain('You are number 3 on the waiting list');
    }
    const first = { ...examples()['shift.signup-waitlisted'], position: 1 };
    expect(render('shift.signup-waitlisted', 'en', first).text).toContain(
      'You are number 1 on the waiting list',
    );
  });

  describe('shift.cancelled', () => {
    it('says the shift is cancelled and why', () => {
      for (const part of both(render('shift.cancelled', 'da'))) {
        expect(part).toContain('Vagten onsdag 21. oktober kl. 16.00–18.00 er aflyst.');
        expect(part).toContain('Begrundelse: Klubben er lukket i efterårsferien');
      }
      for (const part of both(render('shift.cancelled', 'en'))) {
        expect(part).toContain(
          'The shift on Wednesday 21 October, 16:00–18:00 has been cancelled.',
        );
        expect(part).toContain('Reason: Klubben er lukket i efterårsferien');
      }
    });

    it('explains a cancellation by a change of the weekly schedule, without a reason', () => {
      const params = { ...examples()['shift.cancelled'], byScheduleChange: true, reason: '' };
      const danish = render('shift.cancelled', 'da', params);
      for (const part of both(danish)) {
        expect(part).toContain(
          'er aflyst, fordi den ugentlige plan for Lektiehjælp og fodbold i drengeklubben er ændret.',
        );
        expect(part).toContain('de vagter, der fortsætter, gælder stadig');
      }
      expect(danish.text).not.toContain('Begrundelse');
      const english = render('shift.cancelled', 'en', params);
      expect(english.text).toContain('because the weekly schedule of');
      expect(english.text).not.toContain('Reason');
    });
  });

  describe('in the reader’s own zone', () => {
    const london = { ...recipient, timezone: 'Europe/London' };

    it('writes the time on the reader’s clock with the place’s beside it', () => {
      expect(render('shift.signup-confirmed', 'en', undefined, london).subject).toBe(
        'Volunteering at Dansk Flygtningehjælp: Wednesday 21 October, 15:00–17:00 (16:00–18:00 local time)',
      );
      expect(render('shift.reminder', 'da', undefined, london).text).toContain(
        'onsdag 21. oktober kl. 15.00–17.00 (kl. 16.00–18.00 på stedet)',
      );
    });

    it('keeps both clocks right across the October change, which London makes the same night', () => {
      const confirmed = { ...examples()['shift.signup-confirmed'], ...october28 };
      expect(render('shift.signup-confirmed', 'en', confirmed, london).subject).toBe(
        'Volunteering at Dansk Flygtningehjælp: Wednesday 28 October, 15:00–17:00 (16:00–18:00 local time)',
      );
    });

    it('names the place’s day too when the reader’s is another', () => {
      const tokyo = { ...recipient, timezone: 'Asia/Tokyo' };
      expect(render('shift.signup-confirmed', 'en', undefined, tokyo).subject).toBe(
        'Volunteering at Dansk Flygtningehjælp: Wednesday 21 October, 23:00 – Thursday 22 October, 1:00 (Wednesday 21 October, 16:00–18:00 local time)',
      );
    });

    it('writes only the place’s time when the two clocks agree', () => {
      const oslo = { ...recipient, timezone: 'Europe/Oslo' };
      expect(render('shift.signup-confirmed', 'en', undefined, oslo).subject).toBe(
        'Volunteering at Dansk Flygtningehjælp: Wednesday 21 October, 16:00–18:00',
      );
    });
  });

  describe('programme.commitment-started', () => {
    it('describes the weekly commitment and counts the shifts signed up and waited for', () => {
      for (const part of both(render('programme.commitment-started', 'da'))) {
        expect(part).toContain(
          'du er tilmeldt alle kommende vagter i Lektiehjælp og fodbold i drengeklubben hos Dansk Flygtningehjælp, onsdage kl. 16.00–18.00.',
        );
        expect(part).toContain('Lige nu er du tilmeldt 10 vagter. 2 vagter er fulde;');
      }
      for (const part of both(render('programme.commitment-started', 'en'))) {
        expect(part).toContain(
          'you are signed up for every coming shift of Lektiehjælp og fodbold i drengeklubben at Dansk Flygtningehjælp, Wednesdays, 16:00–18:00.',
        );
        expect(part).toContain(
          'For now you are signed up for 10 shifts. 2 shifts are full, so you are on their waiting lists',
        );
      }
    });

    it('counts one shift in the singular and leaves out an empty waiting list', () => {
      const params = {
        ...examples()['programme.commitment-started'],
        shiftsConfirmed: 1,
        shiftsWaitlisted: 1,
      };
      expect(render('programme.commitment-started', 'da', params).text).toContain(
        'Lige nu er du tilmeldt 1 vagt. 1 vagt er fuld;',
      );
      expect(render('programme.commitment-started', 'en', params).text).toContain(
        'For now you are signed up for 1 shift. 1 shift is full, so you are on its waiting list',
      );
      const none = { ...params, shiftsWaitlisted: 0 };
      expect(render('programme.commitment-started', 'da', none).text).not.toContain('venteliste');
      expect(render('programme.commitment-started', 'en', none).text).not.toContain('waiting');
    });

    it('names several weekdays in order in the subject', () => {
      const params = { ...examples()['programme.commitment-started'], weekdays: [3, 1] };
      expect(render('programme.commitment-started', 'da', params).subject).toBe(
        'Fast frivillig i Dansk Flygtningehjælp: mandage og onsdage kl. 16.00–18.00',
      );
      expect(render('programme.commitment-started', 'en', params).subject).toBe(
        'Regular volunteering at Dansk Flygtningehjælp: Mondays and Wednesdays, 16:00–18:00',
      );
    });
  });

  it.each([
    [7, 'Vi har meldt dig fra dine 7 kommende vagter', 'We have released your 7 coming sign-ups'],
    [1, 'Vi har meldt dig fra din ene kommende vagt', 'We have released your one coming sign-up'],
    [0, 'Du var ikke tilmeldt nogen kommende vagter', 'You were not signed up for any'],
  ])('ends a commitment and releases its future sign-ups (%s)', (shiftsReleased, da, en) => {
    const params = { ...examples()['programme.commitment-ended'], shiftsReleased };
    for (const part of both(render('programme.commitment-ended', 'da', params))) {
      expect(part).toContain(
        'Din faste tilmelding til Lektiehjælp og fodbold i drengeklubben hos Dansk Flygtningehjælp er stoppet.',
      );
      expect(part).toContain(da);
    }
    for (const part of both(render('programme.commitment-ended', 'en', params))) {
      expect(part).toContain('has ended.');
      expect(part).toContain(en);
    }
  });

  describe('weekday lists', () => {
    it.each<[number[], string, string]>([
      [[3], 'onsdage', 'Wednesdays'],
      [[1, 3], 'mandage og onsdage', 'Mondays and Wednesdays'],
      [[5, 1, 3, 3], 'mandage, onsdage og fredage', 'Mondays, Wednesdays and Fridays'],
      [[7, 6], 'lørdage og søndage', 'Saturdays and Sundays'],
    ])('%j', (weekdays, danish, english) => {
      expect(weekdayList(weekdays, 'da')).toBe(danish);
      expect(weekdayList(weekdays, 'en')).toBe(english);
    });

    it('fails loudly on a weekday outside 1 (Monday) to 7 (Sunday)', () => {
      expect(() => weekdayList([0], 'da')).toThrow(/\[0\]/);
      expect(() => weekdayList([], 'en')).toThrow();
    });
  });

  it('shows times of day like the time of a slot', () => {
    expect(formatTimes('16:00', '18:00', 'da')).toBe('kl. 16.00–18.00');
    expect(formatTimes('09:30', '12:00', 'en')).toBe('9:30–12:00');
    expect(formatTimes('16:00:00', '18:00:00', 'en')).toBe('16:00–18:00');
    expect(() => formatTimes('4pm', '18:00', 'da')).toThrow(/4pm/);
  });

  it('fails loudly on a time it cannot read rather than mailing "Invalid DateTime"', () => {
    const params = { ...examples()['shift.signup-confirmed'], start: 'next Wednesday' };
    expect(() => render('shift.signup-confirmed', 'da', params)).toThrow(/next Wednesday/);
  });
});
