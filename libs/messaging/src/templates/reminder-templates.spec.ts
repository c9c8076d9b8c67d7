import { inDays } from './format';
import { renderTemplate, TemplateParams } from './index';
import { RenderedMail } from './template';
import {
  both,
  exampleShift,
  exampleVisit,
  recipient,
  userText,
} from './template-testing.spec-helper';

type ReminderName = 'visit.reminder' | 'shift.reminder';
type Examples = Pick<TemplateParams, ReminderName>;

// Wednesday 7 October 2026 is summer time (+02:00); 28 October is after the change (+01:00).
const visitOctober7 = { start: '2026-10-07T07:00:00Z', end: '2026-10-07T10:00:00Z' };
const visitOctober28 = { start: '2026-10-28T08:00:00Z', end: '2026-10-28T11:00:00Z' };
const shiftOctober7 = { start: '2026-10-07T14:00:00Z', end: '2026-10-07T16:00:00Z' };
const shiftOctober28 = { start: '2026-10-28T15:00:00Z', end: '2026-10-28T17:00:00Z' };

/** `tag` marks every piece of user-provided text with its field. */
function examples(tag: (field: string) => string = () => ''): Examples {
  const text = userText(tag);
  const visit = exampleVisit(text);
  const shift = exampleShift(text, shiftOctober7);
  return {
    'visit.reminder': { ...visit, ...visitOctober7, daysBefore: 1, revision: 4 },
    'shift.reminder': { ...shift, daysBefore: 1, signupId: 'signup-1', signupRevision: 2 },
  };
}

const NAMES: ReminderName[] = ['visit.reminder', 'shift.reminder'];

function render<Name extends ReminderName>(
  name: Name,
  locale: string,
  params: Examples[Name] = examples()[name],
  to = recipient,
): RenderedMail {
  return renderTemplate<ReminderName>(name, locale, params, to);
}

describe('reminder mail templates', () => {
  it.each(NAMES)('%s says it is a reminder first thing in the subject', (name) => {
    expect(render(name, 'da').subject).toMatch(/^Påmindelse: /);
    expect(render(name, 'en').subject).toMatch(/^Reminder: /);
  });

  describe('visit.reminder', () => {
    it('says the visit is tomorrow, on the school’s wall clock', () => {
      expect(render('visit.reminder', 'da').subject).toBe(
        'Påmindelse: klassebesøg hos LEGO i morgen, onsdag 7. oktober kl. 9.00–12.00',
      );
      expect(render('visit.reminder', 'en').subject).toBe(
        'Reminder: class visit at LEGO tomorrow, Wednesday 7 October, 9:00–12:00',
      );
    });

    it('says the visit is in 7 days', () => {
      const params = { ...examples()['visit.reminder'], daysBefore: 7 };
      expect(render('visit.reminder', 'da', params).subject).toBe(
        'Påmindelse: klassebesøg hos LEGO om 7 dage, onsdag 7. oktober kl. 9.00–12.00',
      );
      expect(render('visit.reminder', 'en', params).subject).toBe(
        'Reminder: class visit at LEGO in 7 days, Wednesday 7 October, 9:00–12:00',
      );
    });

    it('keeps 9.00 after the October daylight-saving change', () => {
      const params = { ...examples()['visit.reminder'], ...visitOctober28 };
      expect(render('visit.reminder', 'da', params).subject).toBe(
        'Påmindelse: klassebesøg hos LEGO i morgen, onsdag 28. oktober kl. 9.00–12.00',
      );
      expect(render('visit.reminder', 'en', params).subject).toBe(
        'Reminder: class visit at LEGO tomorrow, Wednesday 28 October, 9:00–12:00',
      );
    });

    it('gives the place, the agenda and a link to the visit, but not the revision', () => {
      const danish = render('visit.reminder', 'da');
      for (const part of both(danish)) {
        expect(part).toContain(
          'Dette er en påmindelse om klassebesøget hos LEGO i morgen, onsdag 7. oktober kl. 9.00–12.00.',
        );
        expect(part).toContain('LEGO House, Ole Kirks Plads 1, Billund');
        expect(part).toContain('Rundvisning og byggeværksted');
        expect(part).toContain('https://scheduler.example.test/api/v1/visits/visit-1');
      }
      expect(danish.text).toContain('Sted: LEGO House, Ole Kirks Plads 1, Billund');
      expect(danish.text).toContain('Program: Rundvisning og byggeværksted');
      expect(danish.text).not.toMatch(/\b4\b/);
      for (const part of both(render('visit.reminder', 'en'))) {
        expect(part).toContain(
          'This is a reminder of the class visit at LEGO tomorrow, Wednesday 7 October, 9:00–12:00.',
        );
      }
    });

    it('carries no calendar invitation', () => {
      expect(render('visit.reminder', 'da').calendar).toBeUndefined();
    });
  });

  describe('shift.reminder', () => {
    it('says the shift is tomorrow, on the programme’s wall clock', () => {
      expect(render('shift.reminder', 'da').subject).toBe(
        'Påmindelse: frivillig i Dansk Flygtningehjælp i morgen, onsdag 7. oktober kl. 16.00–18.00',
      );
      expect(render('shift.reminder', 'en').subject).toBe(
        'Reminder: volunteering at Dansk Flygtningehjælp tomorrow, Wednesday 7 October, 16:00–18:00',
      );
    });

    it('says the shift is in 7 days', () => {
      const params = { ...examples()['shift.reminder'], daysBefore: 7 };
      expect(render('shift.reminder', 'da', params).subject).toBe(
        'Påmindelse: frivillig i Dansk Flygtningehjælp om 7 dage, onsdag 7. oktober kl. 16.00–18.00',
      );
      expect(render('shift.reminder', 'en', params).subject).toBe(
        'Reminder: volunteering at Dansk Flygtningehjælp in 7 days, Wednesday 7 October, 16:00–18:00',
      );
    });

    it('keeps 16.00 after the October daylight-saving change', () => {
      const params = { ...examples()['shift.reminder'], ...shiftOctober28 };
      expect(render('shift.reminder', 'da', params).subject).toBe(
        'Påmindelse: frivillig i Dansk Flygtningehjælp i morgen, onsdag 28. oktober kl. 16.00–18.00',
      );
    });

    it('gives the place and the programme, and asks to cancel in good time', () => {
      const danish = render('shift.reminder', 'da');
      for (const part of both(danish)) {
        expect(part).toContain(
          'Du er tilmeldt vagten i morgen, onsdag 7. oktober kl. 16.00–18.00.',
        );
        expect(part).toContain('Klubhuset, Vejle Øst');
        expect(part).toContain('Lektiehjælp og fodbold i drengeklubben');
        expect(part).toContain('meld dig fra i god tid');
        expect(part).toContain('https://scheduler.example.test/api/v1/shifts/shift-1');
      }
      expect(danish.text).toContain(
        'Aktivitet: Lektiehjælp og fodbold i drengeklubben\n' +
          'Organisation: Dansk Flygtningehjælp\n' +
          'Sted: Klubhuset, Vejle Øst',
      );
      for (const part of both(render('shift.reminder', 'en'))) {
        expect(part).toContain(
          'You are signed up for the shift tomorrow, Wednesday 7 October, 16:00–18:00.',
        );
        expect(part).toContain('please cancel in good time');
      }
    });

    it('carries no calendar invitation', () => {
      expect(render('shift.reminder', 'en').calendar).toBeUndefined();
    });
  });

  it('counts days ahead, and fails loudly on a count it cannot show', () => {
    expect(inDays(0, 'da')).toBe('i dag');
    expect(inDays(1, 'en')).toBe('tomorrow');
    expect(inDays(3, 'da')).toBe('om 3 dage');
    expect(() => inDays(-1, 'da')).toThrow(/-1/);
    expect(() => inDays(1.5, 'en')).toThrow(/1\.5/);
  });
});
