import { Slot } from './adoption-params';
import { renderTemplate, TemplateParams } from './index';
import { RenderedMail } from './template';
import {
  both,
  exampleShift,
  exampleVisit,
  recipient,
  userText,
} from './template-testing.spec-helper';

type NudgeName = 'adoption.term-nudge' | 'visit.request-nudge' | 'shift.short';
type Examples = Pick<TemplateParams, NudgeName>;

// Wednesday 7 October 2026 is summer time (+02:00); 28 October is after the change (+01:00).
const visitOctober7: Slot = { start: '2026-10-07T07:00:00Z', end: '2026-10-07T10:00:00Z' };
const visitOctober8: Slot = { start: '2026-10-08T08:00:00Z', end: '2026-10-08T11:00:00Z' };
const visitOctober28: Slot = { start: '2026-10-28T08:00:00Z', end: '2026-10-28T11:00:00Z' };
const shiftOctober7 = { start: '2026-10-07T14:00:00Z', end: '2026-10-07T16:00:00Z' };

/** `tag` marks every piece of user-provided text with its field. */
function examples(tag: (field: string) => string = () => ''): Examples {
  const text = userText(tag);
  const visit = exampleVisit(text);
  const shift = exampleShift(text, shiftOctober7);
  return {
    'adoption.term-nudge': {
      adoptionId: 'adoption-1',
      className: visit.className,
      schoolName: visit.schoolName,
      companyName: visit.companyName,
      term: '2026/27-autumn',
      termEndsOn: '2026-12-31',
      daysLeft: 30,
      link: text('link', 'https://scheduler.example.test/api/v1/adoptions/adoption-1'),
    },
    'visit.request-nudge': {
      ...visit,
      slots: [visitOctober7, visitOctober8, visitOctober28],
      proposedBy: text('proposedBy', 'Søren Dahl'),
      daysWaiting: 5,
    },
    'shift.short': { ...shift, signedUp: 1, minimum: 2, forCoordinator: true },
  };
}

function render<Name extends NudgeName>(
  name: Name,
  locale: string,
  params: Examples[Name] = examples()[name],
  to = recipient,
): RenderedMail {
  return renderTemplate<NudgeName>(name, locale, params, to);
}

describe('nudge mail templates', () => {
  describe('adoption.term-nudge', () => {
    it('says the autumn term ends without a class visit', () => {
      expect(render('adoption.term-nudge', 'da').subject).toBe(
        'Intet klassebesøg endnu: 7.A og LEGO, efteråret slutter 31. december 2026',
      );
      expect(render('adoption.term-nudge', 'en').subject).toBe(
        'No class visit yet: 7.A and LEGO, the autumn term ends 31 December 2026',
      );
    });

    it('names the spring term by its suffix', () => {
      const params = {
        ...examples()['adoption.term-nudge'],
        term: '2026/27-spring',
        termEndsOn: '2027-06-25',
      };
      expect(render('adoption.term-nudge', 'da', params).subject).toBe(
        'Intet klassebesøg endnu: 7.A og LEGO, foråret slutter 25. juni 2027',
      );
      expect(render('adoption.term-nudge', 'en', params).subject).toBe(
        'No class visit yet: 7.A and LEGO, the spring term ends 25 June 2027',
      );
      for (const part of both(render('adoption.term-nudge', 'da', params))) {
        expect(part).toContain('Foråret slutter 25. juni 2027');
      }
      for (const part of both(render('adoption.term-nudge', 'en', params))) {
        expect(part).toContain('The spring term ends on 25 June 2027');
      }
    });

    it('says how many days are left and asks for a proposed time', () => {
      for (const part of both(render('adoption.term-nudge', 'da'))) {
        expect(part).toContain(
          'Efteråret slutter 31. december 2026 (om 30 dage), og 7.A på Kirkebakkeskolen og LEGO har endnu ikke et bekræftet klassebesøg',
        );
        expect(part).toContain('Foreslå et tidspunkt');
        expect(part).toContain('https://scheduler.example.test/api/v1/adoptions/adoption-1');
      }
      for (const part of both(render('adoption.term-nudge', 'en'))) {
        expect(part).toContain(
          'The autumn term ends on 31 December 2026 (in 30 days), and 7.A at Kirkebakkeskolen and LEGO have no confirmed class visit in it yet.',
        );
        expect(part).toContain('Please propose a time');
      }
    });

    it('fails loudly on a term it cannot name', () => {
      const params = { ...examples()['adoption.term-nudge'], term: '2026/27-winter' };
      expect(() => render('adoption.term-nudge', 'da', params)).toThrow(/2026\/27-winter/);
    });
  });

  describe('visit.request-nudge', () => {
    it('says whose proposal waits for an answer', () => {
      expect(render('visit.request-nudge', 'da').subject).toBe(
        'Venter på svar: forslag om klassebesøg hos LEGO fra Søren Dahl',
      );
      expect(render('visit.request-nudge', 'en').subject).toBe(
        'Waiting for your answer: proposed class visit at LEGO from Søren Dahl',
      );
    });

    it('lists every proposed slot, in the order proposed, in text and HTML', () => {
      const danish = render('visit.request-nudge', 'da');
      expect(danish.text).toContain(
        '1. onsdag 7. oktober kl. 9.00–12.00\n' +
          '2. torsdag 8. oktober kl. 10.00–13.00\n' +
          '3. onsdag 28. oktober kl. 9.00–12.00',
      );
      expect(danish.html).toContain(
        '<ol><li>onsdag 7. oktober kl. 9.00–12.00</li><li>torsdag 8. oktober kl. 10.00–13.00</li>' +
          '<li>onsdag 28. oktober kl. 9.00–12.00</li></ol>',
      );
      const english = render('visit.request-nudge', 'en');
      for (const slot of [
        'Wednesday 7 October, 9:00–12:00',
        'Thursday 8 October, 10:00–13:00',
        'Wednesday 28 October, 9:00–12:00',
      ]) {
        expect(english.text).toContain(slot);
        expect(english.html).toContain(`<li>${slot}</li>`);
      }
    });

    it('says how long it has waited and asks to confirm one slot or decline', () => {
      for (const part of both(render('visit.request-nudge', 'da'))) {
        expect(part).toContain('Forslaget fra Søren Dahl om et klassebesøg');
        expect(part).toContain('har ventet på svar i 5 dage');
        expect(part).toContain('Bekræft det tidspunkt, der passer, eller afslå');
      }
      for (const part of both(render('visit.request-nudge', 'en'))) {
        expect(part).toContain('The proposal from Søren Dahl of a class visit');
        expect(part).toContain('has waited 5 days for an answer');
        expect(part).toContain('Please confirm the time that suits you, or decline');
      }
      const oneDay = { ...examples()['visit.request-nudge'], daysWaiting: 1 };
      expect(render('visit.request-nudge', 'da', oneDay).text).toContain('i 1 dag.');
      expect(render('visit.request-nudge', 'en', oneDay).text).toContain('waited 1 day for');
    });

    it('carries no calendar invitation', () => {
      expect(render('visit.request-nudge', 'da').calendar).toBeUndefined();
    });
  });

  describe('shift.short', () => {
    it('names the partner, the time on the programme’s wall clock and the count', () => {
      expect(render('shift.short', 'da').subject).toBe(
        'Mangler frivillige: Dansk Flygtningehjælp onsdag 7. oktober kl. 16.00–18.00 (1 af 2)',
      );
      expect(render('shift.short', 'en').subject).toBe(
        'Volunteers needed: Dansk Flygtningehjælp on Wednesday 7 October, 16:00–18:00 (1 of 2)',
      );
    });

    it('tells a coordinator the shift is short, and a volunteer that it needs more', () => {
      const forVolunteer = { ...examples()['shift.short'], forCoordinator: false };
      const coordinator = { da: render('shift.short', 'da'), en: render('shift.short', 'en') };
      const volunteer = {
        da: render('shift.short', 'da', forVolunteer),
        en: render('shift.short', 'en', forVolunteer),
      };
      expect(volunteer.da.subject).toBe(coordinator.da.subject);
      for (const part of both(coordinator.da)) {
        expect(part).toContain(
          'Vagten onsdag 7. oktober kl. 16.00–18.00 mangler frivillige: 1 er tilmeldt, og vagten skal bruge mindst 2.',
        );
        expect(part).not.toContain('Kan du komme?');
      }
      for (const part of both(volunteer.da)) {
        expect(part).toContain(
          'Vagten onsdag 7. oktober kl. 16.00–18.00 har brug for flere frivillige.',
        );
        expect(part).toContain('Kan du komme?');
        expect(part).toContain('https://scheduler.example.test/api/v1/shifts/shift-1');
      }
      for (const part of both(coordinator.en)) {
        expect(part).toContain(
          'The shift on Wednesday 7 October, 16:00–18:00 is short of volunteers: 1 signed up, and it needs at least 2.',
        );
        expect(part).not.toContain('Can you come?');
      }
      for (const part of both(volunteer.en)) {
        expect(part).toContain('needs more volunteers');
        expect(part).toContain('Can you come?');
      }
      expect(volunteer.da.text).not.toBe(coordinator.da.text);
      expect(volunteer.en.text).not.toBe(coordinator.en.text);
    });

    it('gives the programme and the place', () => {
      expect(render('shift.short', 'da').text).toContain(
        'Aktivitet: Lektiehjælp og fodbold i drengeklubben\n' +
          'Organisation: Dansk Flygtningehjælp\n' +
          'Sted: Klubhuset, Vejle Øst',
      );
    });

    it('carries no calendar invitation', () => {
      expect(render('shift.short', 'en').calendar).toBeUndefined();
    });
  });
});
