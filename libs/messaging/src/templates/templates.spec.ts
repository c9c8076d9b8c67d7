import { Slot } from './adoption-params';
import { escapeHtml } from './html';
import { secretLinksIn } from './secret-link';
import { renderTemplate, TemplateName, TemplateParams } from './index';
import { RenderedMail } from './template';
import {
  both,
  describeTemplateContract,
  exampleVisit,
  recipient,
  userText,
} from './template-testing.spec-helper';

type AdoptionTemplateName = Extract<TemplateName, `visit.${string}` | `adoption.${string}`>;
type Examples = Pick<TemplateParams, AdoptionTemplateName>;

// Wednesday 7 October 2026 is summer time (+02:00); 28 October is after the change (+01:00).
const october7: Slot = { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' };
const october8: Slot = { start: '2026-10-08T10:00:00+02:00', end: '2026-10-08T13:00:00+02:00' };
const october28: Slot = { start: '2026-10-28T09:00:00+01:00', end: '2026-10-28T12:00:00+01:00' };

/** One example per template; `tag` marks every piece of user-provided text with its field. */
function examples(tag: (field: string) => string = () => ''): Examples {
  const text = userText(tag);
  const visit = exampleVisit(text);
  const adoption = {
    adoptionId: 'adoption-1',
    className: visit.className,
    schoolName: visit.schoolName,
    companyName: visit.companyName,
    link: text('adoptionLink', 'https://scheduler.example.test/api/v1/adoptions/adoption-1'),
  };
  return {
    'visit.requested': {
      ...visit,
      proposedBy: text('proposedBy', 'Anne Lærer'),
      slots: [october7, october8, october28],
    },
    'visit.confirmed': { ...visit, ...october7, confirmedBy: text('confirmedBy', 'Bo Kontakt') },
    'visit.declined': {
      ...visit,
      declinedBy: text('declinedBy', 'Bo Kontakt'),
      reason: text('reason', 'Vi har messe den uge'),
    },
    'visit.rescheduled': {
      ...visit,
      rescheduledBy: text('rescheduledBy', 'Bo Kontakt'),
      slots: [october8, october28],
      ...october7,
    },
    'visit.time-withdrawn': {
      ...visit,
      ...october7,
      rescheduledBy: text('rescheduledBy', 'Bo Kontakt'),
    },
    'visit.cancelled': {
      ...visit,
      ...october7,
      cancelledBy: text('cancelledBy', 'Anne Lærer'),
      reason: text('reason', 'Klassen skal til skolefest'),
    },
    'visit.completed': { ...visit, ...october7, hours: 3 },
    'visit.host-added': {
      ...visit,
      ...october7,
      hostNames: [text('hostName', 'Sofie Guide'), text('hostName', 'Jens Vært')],
      changedBy: text('changedBy', 'Bo Kontakt'),
    },
    // Taken off the visit, the reader can no longer open it: the mail carries no link to it.
    'visit.host-removed': {
      ...visit,
      ...october7,
      link: 'https://scheduler.example.test/api/v1/visits/visit-1',
      changedBy: text('changedBy', 'Bo Kontakt'),
    },
    'visit.reminder': { ...visit, ...october7, daysBefore: 7, revision: 1 },
    'visit.request-nudge': {
      ...visit,
      proposedBy: text('proposedBy', 'Anne Lærer'),
      slots: [october7, october8],
      daysWaiting: 5,
    },
    'adoption.created': {
      ...adoption,
      contactPersonName: text('contactPersonName', 'Bo Kontakt'),
      startsOn: '2026-08-15',
      endsOn: '2029-06-29',
    },
    'adoption.ended': {
      ...adoption,
      endsOn: '2029-06-29',
      endedEarly: true,
      reason: text('reason', 'Afdelingen lukker'),
      visitsHeld: 3,
      hoursGiven: 22.2,
    },
    'adoption.term-nudge': {
      ...adoption,
      term: '2026/27-autumn',
      termEndsOn: '2026-12-31',
      daysLeft: 30,
    },
    'adoption.contact-person-left': {
      personName: text('personName', 'Bo Kontakt'),
      personEmail: text('personEmail', 'bo@lego.example'),
      link: text('personLink', 'https://scheduler.example.test/api/v1/users/user-1'),
      deactivated: false,
      adoptions: [
        {
          ...adoption,
          timezone: 'Europe/Copenhagen',
          visits: [
            { kind: 'preparation', status: 'confirmed', slots: [october7] },
            { kind: 'class-visit', status: 'requested', slots: [october8, october28] },
          ],
        },
      ],
    },
  };
}

const NAMES = Object.keys(examples()) as AdoptionTemplateName[];

function render<Name extends AdoptionTemplateName>(
  name: Name,
  locale: string,
  params: Examples[Name] = examples()[name],
  to = recipient,
): RenderedMail {
  return renderTemplate<AdoptionTemplateName>(name, locale, params, to);
}

describe('adoption and visit mail templates', () => {
  describeTemplateContract(NAMES, examples);

  describe('subjects', () => {
    it('name the visit, the company and the time on the school’s wall clock', () => {
      expect(render('visit.confirmed', 'da').subject).toBe(
        'Klassebesøg hos LEGO: onsdag 7. oktober kl. 9.00–12.00',
      );
      expect(render('visit.confirmed', 'en').subject).toBe(
        'Class visit at LEGO: Wednesday 7 October, 9:00–12:00',
      );
    });

    it('call a preparation meeting by its name', () => {
      const params = { ...examples()['visit.confirmed'], kind: 'preparation' as const };
      expect(render('visit.confirmed', 'da', params).subject).toBe(
        'Forberedelsesmøde med LEGO: onsdag 7. oktober kl. 9.00–12.00',
      );
      expect(render('visit.confirmed', 'en', params).subject).toBe(
        'Preparation meeting with LEGO: Wednesday 7 October, 9:00–12:00',
      );
    });

    it('keep 9.00 after the October daylight-saving change', () => {
      const params = { ...examples()['visit.confirmed'], ...october28 };
      expect(render('visit.confirmed', 'da', params).subject).toBe(
        'Klassebesøg hos LEGO: onsdag 28. oktober kl. 9.00–12.00',
      );
      expect(render('visit.confirmed', 'en', params).subject).toBe(
        'Class visit at LEGO: Wednesday 28 October, 9:00–12:00',
      );
    });

    it('use the school’s timezone, whatever offset the instants are written with', () => {
      const params = {
        ...examples()['visit.confirmed'],
        start: '2026-10-28T08:00:00Z',
        end: '2026-10-28T11:00:00Z',
      };
      expect(render('visit.confirmed', 'da', params).subject).toBe(
        'Klassebesøg hos LEGO: onsdag 28. oktober kl. 9.00–12.00',
      );
      expect(
        render('visit.confirmed', 'da', { ...params, timezone: 'Atlantic/Faroe' }).subject,
      ).toBe('Klassebesøg hos LEGO: onsdag 28. oktober kl. 8.00–11.00');
    });

    it.each<[AdoptionTemplateName, string, string]>([
      [
        'visit.requested',
        'Forslag om klassebesøg hos LEGO: onsdag 7. oktober kl. 9.00–12.00 eller 2 andre tidspunkter',
        'Proposed class visit at LEGO: Wednesday 7 October, 9:00–12:00 or 2 other times',
      ],
      [
        'visit.rescheduled',
        'Nyt forslag til klassebesøg hos LEGO: torsdag 8. oktober kl. 10.00–13.00 eller 1 andet tidspunkt',
        'New proposal for class visit at LEGO: Thursday 8 October, 10:00–13:00 or 1 other time',
      ],
      ['visit.declined', 'Afslået: klassebesøg hos LEGO', 'Declined: class visit at LEGO'],
      [
        'visit.time-withdrawn',
        'Flyttes: klassebesøg hos LEGO onsdag 7. oktober kl. 9.00–12.00',
        'Being moved: class visit at LEGO on Wednesday 7 October, 9:00–12:00',
      ],
      [
        'visit.reminder',
        'Påmindelse: klassebesøg hos LEGO om 7 dage, onsdag 7. oktober kl. 9.00–12.00',
        'Reminder: class visit at LEGO in 7 days, Wednesday 7 October, 9:00–12:00',
      ],
      [
        'visit.cancelled',
        'Aflyst: klassebesøg hos LEGO onsdag 7. oktober kl. 9.00–12.00',
        'Cancelled: class visit at LEGO on Wednesday 7 October, 9:00–12:00',
      ],
      [
        'visit.completed',
        'Tak for klassebesøget hos LEGO onsdag 7. oktober',
        'Thank you for the class visit at LEGO on Wednesday 7 October',
      ],
      [
        'visit.host-added',
        'Klassebesøg hos LEGO: onsdag 7. oktober kl. 9.00–12.00',
        'Class visit at LEGO: Wednesday 7 October, 9:00–12:00',
      ],
      [
        'visit.host-removed',
        'Du er ikke længere med: klassebesøg hos LEGO onsdag 7. oktober kl. 9.00–12.00',
        'No longer taking part: class visit at LEGO on Wednesday 7 October, 9:00–12:00',
      ],
      [
        'adoption.created',
        'Velkommen: LEGO adopterer 7.A på Kirkebakkeskolen fra 15. august 2026',
        'Welcome: LEGO adopts 7.A at Kirkebakkeskolen from 15 August 2026',
      ],
      [
        'adoption.ended',
        'Klasseadoptionen er afsluttet før tid: LEGO og 7.A på Kirkebakkeskolen',
        'The class adoption has been ended early: LEGO and 7.A at Kirkebakkeskolen',
      ],
      [
        'adoption.contact-person-left',
        'Klasseadoptioner mangler en ny kontaktperson: Bo Kontakt er stoppet',
        'Class adoptions need a new contact person: Bo Kontakt has left',
      ],
    ])('say what %s is about and when', (name, danish, english) => {
      expect(render(name, 'da').subject).toBe(danish);
      expect(render(name, 'en').subject).toBe(english);
    });

    it('stay on one line when a name was typed with a line break', () => {
      const params = { ...examples()['visit.confirmed'], companyName: 'LEGO\nSystem A/S' };
      expect(render('visit.confirmed', 'da', params).subject).toBe(
        'Klassebesøg hos LEGO System A/S: onsdag 7. oktober kl. 9.00–12.00',
      );
    });
  });

  describe('visit.requested', () => {
    it('lists every proposed slot, in the order proposed, in text and HTML', () => {
      const danish = render('visit.requested', 'da');
      expect(danish.text).toContain(
        '1. onsdag 7. oktober kl. 9.00–12.00\n' +
          '2. torsdag 8. oktober kl. 10.00–13.00\n' +
          '3. onsdag 28. oktober kl. 9.00–12.00',
      );
      expect(danish.html).toContain(
        '<ol><li>onsdag 7. oktober kl. 9.00–12.00</li><li>torsdag 8. oktober kl. 10.00–13.00</li>' +
          '<li>onsdag 28. oktober kl. 9.00–12.00</li></ol>',
      );
      const english = render('visit.requested', 'en');
      for (const slot of [
        'Wednesday 7 October, 9:00–12:00',
        'Thursday 8 October, 10:00–13:00',
        'Wednesday 28 October, 9:00–12:00',
      ]) {
        expect(english.text).toContain(slot);
        expect(english.html).toContain(`<li>${slot}</li>`);
      }
    });

    it('says who proposed and asks the reader to confirm one slot or decline', () => {
      for (const part of both(render('visit.requested', 'da'))) {
        expect(part).toContain('Anne Lærer foreslår et klassebesøg');
        expect(part).toContain('Bekræft det tidspunkt, der passer, eller afslå');
      }
      for (const part of both(render('visit.requested', 'en'))) {
        expect(part).toContain('Anne Lærer proposes a class visit');
        expect(part).toContain('Please confirm the time that suits you, or decline');
      }
    });

    it('offers a button per slot and one to decline, each a placeholder for a link made when sent', () => {
      const answerLinks = { userId: 'user-1', revision: 2, expiresAt: '2026-10-07T07:00:00.000Z' };
      for (const name of ['visit.requested', 'visit.rescheduled'] as const) {
        const params = { ...examples()[name], answerLinks };
        const buttons = [
          ...params.slots.map((_, index) => `answer-confirm-${index}`),
          'answer-decline',
        ];
        for (const locale of ['da', 'en']) {
          const mail = render(name, locale, params);
          expect(secretLinksIn(mail.text)).toEqual(buttons);
          expect(secretLinksIn(mail.html)).toEqual(buttons);
          expect(mail.html).toContain('href="{{secret-link:answer-decline}}"');
        }
        expect(render(name, 'en', params).text).toContain(
          'Confirm time 2:\n{{secret-link:answer-confirm-1}}',
        );
      }
      // Mailed without answer links, the request has no buttons.
      expect(secretLinksIn(render('visit.requested', 'da').text)).toEqual([]);
    });

    it('names a single proposed slot in full in the subject', () => {
      const params = { ...examples()['visit.requested'], slots: [october28] };
      expect(render('visit.requested', 'da', params).subject).toBe(
        'Forslag om klassebesøg hos LEGO: onsdag 28. oktober kl. 9.00–12.00',
      );
    });
  });

  it('says the agreed time is off the calendar when a confirmed visit is moved', () => {
    for (const part of both(render('visit.rescheduled', 'da'))) {
      expect(part).toContain(
        'Det aftalte tidspunkt, onsdag 7. oktober kl. 9.00–12.00, er taget ud af kalenderen',
      );
    }
    expect(render('visit.time-withdrawn', 'en').text).toContain(
      'Bo Kontakt wants to move the class visit on Wednesday 7 October, 9:00–12:00. That time is off your calendar',
    );
    // A visit that was only requested had no agreed time to take off.
    const requested = { ...examples()['visit.rescheduled'], start: null, end: null };
    expect(render('visit.rescheduled', 'da', requested).text).not.toContain('aftalte tidspunkt');
  });

  it('lists every new slot of a rescheduled visit', () => {
    const mail = render('visit.rescheduled', 'da');
    for (const part of both(mail)) {
      expect(part).toContain('Bo Kontakt vil gerne flytte klassebesøget');
      expect(part).toContain('torsdag 8. oktober kl. 10.00–13.00');
      expect(part).toContain('onsdag 28. oktober kl. 9.00–12.00');
    }
  });

  describe('visit.cancelled', () => {
    it('says who cancelled, when the visit would have been and why', () => {
      for (const part of both(render('visit.cancelled', 'en'))) {
        expect(part).toContain(
          'Anne Lærer has cancelled the class visit on Wednesday 7 October, 9:00–12:00.',
        );
        expect(part).toContain('Reason: Klassen skal til skolefest');
      }
    });

    it('explains an automatic cancellation by the end of the adoption', () => {
      const params = { ...examples()['visit.cancelled'], cancelledBy: null };
      for (const part of both(render('visit.cancelled', 'da', params))) {
        expect(part).toContain(
          'Klassebesøget onsdag 7. oktober kl. 9.00–12.00 er aflyst, fordi klasseadoptionen er slut.',
        );
      }
      expect(render('visit.cancelled', 'en', params).text).toContain(
        'has been cancelled because the class adoption has ended',
      );
    });

    it('leaves the time out when none had been agreed', () => {
      const params = { ...examples()['visit.cancelled'], start: null, end: null };
      const mail = render('visit.cancelled', 'da', params);
      expect(mail.subject).toBe('Aflyst: klassebesøg hos LEGO');
      expect(mail.text).toContain('Anne Lærer har aflyst klassebesøget.');
      expect(mail.text).not.toContain('Tidspunkt:');
    });
  });

  describe('visit hosts', () => {
    it('tells an added person who added them, and lists everyone else taking part', () => {
      for (const part of both(render('visit.host-added', 'da'))) {
        expect(part).toContain(
          'Bo Kontakt har sat dig på klassebesøget onsdag 7. oktober kl. 9.00–12.00.',
        );
      }
      expect(render('visit.host-added', 'da').text).toContain('Også med: Sofie Guide, Jens Vært');
      const english = render('visit.host-added', 'en');
      expect(english.text).toContain(
        'Bo Kontakt has added you to the class visit on Wednesday 7 October, 9:00–12:00.',
      );
      expect(english.text).toContain('Also taking part: Sofie Guide, Jens Vært');
    });

    it('leaves the row out when nobody takes part besides the two sides', () => {
      const mail = render('visit.confirmed', 'da');
      expect(mail.text).not.toContain('Også med');
    });

    it('tells a person taken off that the visit goes ahead without them', () => {
      for (const part of both(render('visit.host-removed', 'en'))) {
        expect(part).toContain(
          'Bo Kontakt has taken you off the class visit on Wednesday 7 October, 9:00–12:00. The visit goes ahead without you.',
        );
        expect(part).not.toContain('View the visit');
      }
      expect(render('visit.host-removed', 'da').text).toContain(
        'Bo Kontakt har taget dig af klassebesøget onsdag 7. oktober kl. 9.00–12.00.',
      );
    });
  });

  it('tells the proposer who declined and why', () => {
    for (const part of both(render('visit.declined', 'da'))) {
      expect(part).toContain('Bo Kontakt har afslået forslaget om et klassebesøg');
      expect(part).toContain('Begrundelse: Vi har messe den uge');
    }
  });

  it.each([
    [3, '3 timer', '3 hours'],
    [7.4, '7,4 timer', '7.4 hours'],
    [1, '1 time', '1 hour'],
  ])('thanks for a completed visit and reports the hours logged (%s)', (hours, da, en) => {
    const params = { ...examples()['visit.completed'], hours };
    for (const part of both(render('visit.completed', 'da', params))) {
      expect(part).toContain('Tak for klassebesøget onsdag 7. oktober kl. 9.00–12.00.');
      expect(part).toContain(`Vi har noteret ${da} som kontaktpersonens timer`);
    }
    const english = render('visit.completed', 'en', params);
    const logged = `We have logged ${en} as the contact person's hours`;
    expect(english.text).toContain(logged);
    expect(english.html).toContain(escapeHtml(logged));
  });

  it('welcomes a new adoption with its contact person, rhythm and end date', () => {
    for (const part of both(render('adoption.created', 'da'))) {
      expect(part).toContain('Kontaktperson hos LEGO er Bo Kontakt.');
      expect(part).toContain('mødes to gange om året, frem til 29. juni 2029');
    }
    for (const part of both(render('adoption.created', 'en'))) {
      expect(part).toContain('meet twice a year until 29 June 2029');
    }
  });

  describe('adoption.contact-person-left', () => {
    it('lists each adoption with its visits to come, and asks for a new contact person', () => {
      const danish = render('adoption.contact-person-left', 'da');
      for (const part of both(danish)) {
        expect(part).toContain('Bo Kontakt (bo@lego.example) er ikke længere kontaktperson.');
        expect(part).toContain('7.A på Kirkebakkeskolen, adopteret af LEGO');
        expect(part).toContain('Forberedelsesmøde, aftalt: onsdag 7. oktober kl. 9.00–12.00');
        expect(part).toContain(
          'Klassebesøg, foreslået: torsdag 8. oktober kl. 10.00–13.00 / onsdag 28. oktober kl. 9.00–12.00',
        );
        expect(part).toContain('Udpeg en ny kontaktperson fra virksomheden');
        expect(part).toContain('https://scheduler.example.test/api/v1/adoptions/adoption-1');
      }
      const english = render('adoption.contact-person-left', 'en', {
        ...examples()['adoption.contact-person-left'],
        deactivated: true,
      });
      expect(english.text).toContain(
        'Bo Kontakt (bo@lego.example) is no longer a contact person and has been deactivated.',
      );
      expect(english.text).toContain(
        'Preparation meeting, agreed: Wednesday 7 October, 9:00–12:00',
      );
      expect(english.text).toContain('Name a new contact person from the company');
    });

    it('says so when an adoption has no visits to come', () => {
      const params = examples()['adoption.contact-person-left'];
      const quiet = { ...params, adoptions: [{ ...params.adoptions[0], visits: [] }] };
      expect(render('adoption.contact-person-left', 'en', quiet).text).toContain(
        '7.A at Kirkebakkeskolen, adopted by LEGO\nNo visits planned',
      );
    });
  });

  describe('adoption.ended', () => {
    it('sums up the visits held and the hours given, and thanks both sides', () => {
      const mail = render('adoption.ended', 'da');
      expect(mail.text).toContain('Besøg holdt: 3\nTimer givet af LEGO: 22,2');
      for (const part of both(mail)) {
        expect(part).toContain('er afsluttet før tid. Den skulle have varet til 29. juni 2029.');
        expect(part).toContain('Begrundelse: Afdelingen lukker');
        expect(part).toContain('Fejr gerne resultatet sammen');
      }
      const english = render('adoption.ended', 'en');
      expect(english.text).toContain('Visits held: 3\nHours given by LEGO: 22.2');
      expect(english.text).toContain('celebrate the result together');
    });

    it('dates the regular end at graduation, without a reason', () => {
      const params = { ...examples()['adoption.ended'], endedEarly: false, reason: null };
      const mail = render('adoption.ended', 'en', params);
      expect(mail.subject).toBe(
        'The class adoption has ended: LEGO and 7.A at Kirkebakkeskolen, 29 June 2029',
      );
      expect(mail.text).toContain('ended on 29 June 2029, when the class finished 9th grade');
      expect(mail.text).not.toContain('Reason');
      expect(render('adoption.ended', 'da', params).subject).toBe(
        'Klasseadoptionen er slut: LEGO og 7.A på Kirkebakkeskolen, 29. juni 2029',
      );
    });
  });

  it('puts each line of a multi-line agenda on its own line in the HTML', () => {
    const params = { ...examples()['visit.confirmed'], agenda: 'Rundvisning\nFrokost' };
    const mail = render('visit.confirmed', 'da', params);
    expect(mail.html).toContain('<td>Rundvisning<br>Frokost</td>');
    expect(mail.text).toContain('Program: Rundvisning\n  Frokost');
  });

  it('fails loudly on a time it cannot read rather than mailing "Invalid DateTime"', () => {
    const params = { ...examples()['visit.confirmed'], start: 'next Wednesday' };
    expect(() => render('visit.confirmed', 'da', params)).toThrow(/next Wednesday/);
  });
});
