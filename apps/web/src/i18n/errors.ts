/**
 * Every error code the API answers with, in both languages. A test (errors.spec.ts) fails when
 * the API gains a code that is not here. Codes are stable; the API's English message names the
 * field or the rule, and is shown when a code is not known here.
 */
const texts: Record<string, [en: string, da: string]> = {
  // General
  unknown: ['Something went wrong. Try again in a moment.', 'Noget gik galt. Prøv igen om lidt.'],
  network: [
    'We could not reach the server. Check your connection and try again.',
    'Vi kunne ikke få forbindelse til serveren. Tjek din forbindelse, og prøv igen.',
  ],
  'http.401': ['You are not signed in.', 'Du er ikke logget ind.'],
  'http.403': ['You may not do that.', 'Det må du ikke.'],
  'http.404': ['It is not there (any more).', 'Det findes ikke (længere).'],
  'http.409': ['That clashes with something else.', 'Det støder sammen med noget andet.'],
  'http.429': [
    'Too many attempts. Wait a minute and try again.',
    'For mange forsøg. Vent et minut, og prøv igen.',
  ],
  'http.503': [
    'The service is busy. Try again in a moment.',
    'Tjenesten har travlt. Prøv igen om lidt.',
  ],
  'request.invalid': [
    'Some of what you typed is not valid.',
    'Noget af det, du har skrevet, er ikke gyldigt.',
  ],
  'request.not-json': [
    'The request was not sent as JSON and was refused.',
    'Forespørgslen blev ikke sendt som JSON og blev afvist.',
  ],
  'request.cross-origin': [
    'This request came from another site and was refused.',
    'Forespørgslen kom fra et andet websted og blev afvist.',
  ],
  'route.not-found': ['There is nothing at this address.', 'Der er intet på denne adresse.'],
  'page.cursor': [
    'That page of the list is no longer valid. Start from the top.',
    'Den side af listen er ikke længere gyldig. Start forfra.',
  ],
  'access.role': ['Your role does not allow this.', 'Din rolle giver ikke adgang til dette.'],
  'access.undeclared': ['This is closed.', 'Dette er lukket.'],

  // Signing in
  'auth.invalid-access-token': [
    'Your session is not valid. Sign in again.',
    'Din session er ikke gyldig. Log ind igen.',
  ],
  'auth.missing-access-token': ['Sign in first.', 'Log ind først.'],
  'auth.session-ended': [
    'You were signed out. Sign in again.',
    'Du er blevet logget ud. Log ind igen.',
  ],
  'auth.invalid-login-token': [
    'The sign-in link is not valid: it was used already or has expired. Ask for a new one.',
    'Linket er ikke gyldigt: det er allerede brugt eller udløbet. Bed om et nyt.',
  ],

  // Not found
  'adoption.not-found': ['No such adoption.', 'Adoptionen findes ikke.'],
  'class.not-found': ['No such class.', 'Klassen findes ikke.'],
  'commitment.not-found': [
    'You have no standing commitment here.',
    'Du har ingen fast aftale her.',
  ],
  'company.not-found': ['No such company.', 'Virksomheden findes ikke.'],
  'delivery.not-found': ['No such mail.', 'Mailen findes ikke.'],
  'feed.not-found': ['No such calendar.', 'Kalenderen findes ikke.'],
  'membership.not-found': ['No such role.', 'Rollen findes ikke.'],
  'partner.not-found': ['No such partner organisation.', 'Partnerorganisationen findes ikke.'],
  'programme.not-found': ['No such programme.', 'Forløbet findes ikke.'],
  'school.not-found': ['No such school.', 'Skolen findes ikke.'],
  'shift.not-found': ['No such shift.', 'Vagten findes ikke.'],
  'sign-up.not-found': ['You are not signed up for this shift.', 'Du er ikke tilmeldt denne vagt.'],
  'signup.not-found': ['You are not signed up for this shift.', 'Du er ikke tilmeldt denne vagt.'],
  'sweep.not-found': ['No such sweep.', 'Den kørsel findes ikke.'],
  'user.not-found': ['No such person.', 'Personen findes ikke.'],
  'visit.not-found': ['No such visit.', 'Besøget findes ikke.'],

  // People and organisations
  'user.admin-has-no-organisation': [
    'An administrator belongs to no organisation.',
    'En administrator hører ikke til en organisation.',
  ],
  'user.deactivate-self': ['You cannot deactivate yourself.', 'Du kan ikke deaktivere dig selv.'],
  'user.last-admin': [
    'The last administrator cannot lose the role.',
    'Den sidste administrator kan ikke miste rollen.',
  ],
  'user.membership-exists': [
    'The person has that role there already.',
    'Personen har allerede den rolle der.',
  ],
  'user.organisation-required': [
    'Choose the organisation for this role.',
    'Vælg organisationen til rollen.',
  ],
  'user.organisation-unknown': ['No such organisation.', 'Organisationen findes ikke.'],
  'school.closed-date-has-visit': [
    'A day with a confirmed visit cannot be closed. Cancel or move the visit first.',
    'En dag med et bekræftet besøg kan ikke lukkes. Aflys eller flyt besøget først.',
  ],
  'school.timezone-moves-visit': [
    'In the new time zone a confirmed visit would break a rule. Cancel or move the visit first.',
    'I den nye tidszone ville et bekræftet besøg bryde en regel. Aflys eller flyt besøget først.',
  ],
  'school.calendar-has-adoptions': [
    'The school year’s start and last school day can change only while no class of the school has an adoption.',
    'Skoleårets start og sidste skoledag kan kun ændres, mens ingen af skolens klasser har en adoption.',
  ],
  'user.email-taken': [
    'Another person already has this e-mail address: one address is one person.',
    'En anden person har allerede denne e-mailadresse: én adresse er én person.',
  ],
  'user.email-in-admin-emails': [
    'This address is an administrator by the server’s settings (ADMIN_EMAILS); change the settings, not the person.',
    'Adressen er administrator via serverens indstillinger (ADMIN_EMAILS); ret indstillingerne, ikke personen.',
  ],
  'user.deactivated': [
    'A deactivated person holds no roles: invite them again to bring them back.',
    'En deaktiveret person har ingen roller: invitér personen igen for at få dem tilbage.',
  ],
  'user.erased': [
    'An erased person cannot be changed or given roles.',
    'En slettet person kan ikke ændres eller få roller.',
  ],
  'school.timezone': [
    'Choose a valid time zone, e.g. Europe/Copenhagen.',
    'Vælg en gyldig tidszone, fx Europe/Copenhagen.',
  ],

  // Classes and adoptions
  'class.grade-fixed-by-adoption': [
    'A class’s grade and school year can change only while it has no adoption.',
    'En klasses klassetrin og skoleår kan kun ændres, mens den ikke har en adoption.',
  ],
  'class.label-taken': [
    'The school has a class of that name this school year.',
    'Skolen har allerede en klasse med det navn i dette skoleår.',
  ],
  'class.school-year': [
    'Choose a school year that has started or is next.',
    'Vælg et skoleår, der er i gang eller det næste.',
  ],
  'class.teacher-not-in-school': [
    'A teacher of the class must teach at its school.',
    'Klassens lærer skal undervise på skolen.',
  ],
  'adoption.class-already-adopted': [
    'The class is already adopted.',
    'Klassen er allerede adopteret.',
  ],
  'adoption.class-beyond-9th-grade': [
    'The class is past 9th grade; adoptions last until the class finishes 9th grade.',
    'Klassen er forbi 9. klasse; en adoption varer, til klassen går ud af 9. klasse.',
  ],
  'adoption.class-graduated': [
    'The class has finished 9th grade.',
    'Klassen er gået ud af 9. klasse.',
  ],
  'adoption.class-unknown': ['No such class.', 'Klassen findes ikke.'],
  'adoption.company-unknown': ['No such company.', 'Virksomheden findes ikke.'],
  'adoption.contact-not-in-company': [
    'The contact person must work at the company.',
    'Kontaktpersonen skal arbejde i virksomheden.',
  ],
  'adoption.not-a-side': [
    'Only the class’s teachers and the contact person may do this.',
    'Kun klassens lærere og kontaktpersonen må gøre dette.',
  ],
  'adoption.not-active': ['The adoption has ended.', 'Adoptionen er afsluttet.'],
  'adoption.starts-after-graduation': [
    'The adoption would start after the class finishes 9th grade.',
    'Adoptionen ville starte, efter klassen er gået ud af 9. klasse.',
  ],

  // Visits
  'visits.range': [
    'Choose a period whose end comes after its start.',
    'Vælg en periode, der slutter efter den begynder.',
  ],
  'visit.end-before-start': [
    'The visit must end after it starts.',
    'Besøget skal slutte, efter det begynder.',
  ],
  'visit.duration': [
    'A class visit lasts 2 to 5 hours, a preparation meeting 30 minutes to 2 hours.',
    'Et klassebesøg varer 2 til 5 timer, et forberedende møde 30 minutter til 2 timer.',
  ],
  'visit.one-day': [
    'A visit starts and ends on the same day.',
    'Et besøg begynder og slutter samme dag.',
  ],
  'visit.weekday': ['Visits are on weekdays.', 'Besøg ligger på hverdage.'],
  'visit.outside-term': [
    'The time is outside the school’s terms.',
    'Tidspunktet ligger uden for skolens semestre.',
  ],
  'visit.closed-date': ['The school is closed that day.', 'Skolen holder lukket den dag.'],
  'visit.in-past': ['Choose a time still to come.', 'Vælg et tidspunkt, der ikke er passeret.'],
  'visit.outside-adoption': [
    'The time is outside the adoption’s period.',
    'Tidspunktet ligger uden for adoptionens periode.',
  ],
  'visit.slots-different-terms': [
    'All suggested times must lie in the same term.',
    'Alle foreslåede tider skal ligge i samme semester.',
  ],
  'visit.term-has-class-visit': [
    'This term already has a class visit.',
    'Dette semester har allerede et klassebesøg.',
  ],
  'visit.term-has-preparation': [
    'This term already has a preparation meeting.',
    'Dette semester har allerede et forberedende møde.',
  ],
  'visit.preparation-after-class-visit': [
    'The preparation meeting must come before the class visit.',
    'Det forberedende møde skal ligge før klassebesøget.',
  ],
  'visit.overlaps-class': [
    'The class has another visit at that time.',
    'Klassen har et andet besøg på det tidspunkt.',
  ],
  'visit.overlaps-contact-person': [
    'The contact person has another visit at that time.',
    'Kontaktpersonen har et andet besøg på det tidspunkt.',
  ],
  'visit.own-proposal': [
    'The other side answers your proposal, not you.',
    'Det er den anden part, der svarer på jeres forslag.',
  ],
  'visit.not-a-side': [
    'Only the class’s teachers and the contact person may do this.',
    'Kun klassens lærere og kontaktpersonen må gøre dette.',
  ],
  'visit.status': [
    'The visit has changed meanwhile. Look at it again.',
    'Besøget er blevet ændret i mellemtiden. Se det igen.',
  ],
  'visit.slot-index': ['Choose one of the suggested times.', 'Vælg en af de foreslåede tider.'],
  'visit.not-ended': [
    'The visit can be completed once it has ended.',
    'Besøget kan afsluttes, når det er slut.',
  ],
  'visit.pupils-attended': [
    "Give the number of pupils who took part: from 0 up to the class's number.",
    'Angiv antallet af elever, der deltog: fra 0 op til klassens antal.',
  ],
  'visit.host-not-in-partnership': [
    'A host must work at the school or the company.',
    'En vært skal arbejde på skolen eller i virksomheden.',
  ],
  'visit.host-takes-part': ['That person takes part already.', 'Den person deltager allerede.'],
  'visit-answer.invalid-link': ['The link is not valid.', 'Linket er ikke gyldigt.'],
  'visit-answer.spent': ['This link has been used already.', 'Linket er allerede brugt.'],

  // Hours
  'hours.own-entries-only': [
    'Only an administrator or the person who logged the hours can change them.',
    'Kun en administrator eller den, der registrerede timerne, kan ændre dem.',
  ],
  'hours.from-visit': [
    'These hours come from a completed visit: they are its duration and cannot be typed in.',
    'Timerne kommer fra et gennemført besøg: de er dets varighed og kan ikke skrives ind.',
  ],
  'hours.day-over-24': [
    'A day has at most 24 hours, counting what is logged already.',
    'En dag har højst 24 timer, medregnet det, der allerede er registreret.',
  ],
  'hours.contact-person-only': [
    'Only the contact person logs hours.',
    'Kun kontaktpersonen registrerer timer.',
  ],
  'hours.in-future': [
    'Hours are logged for days that have come.',
    'Timer registreres for dage, der er kommet.',
  ],
  'hours.outside-adoption': [
    'The day is outside the adoption’s period.',
    'Dagen ligger uden for adoptionens periode.',
  ],
  'hours.outside-term': [
    'The day is outside the school’s terms.',
    'Dagen ligger uden for skolens semestre.',
  ],
  'hours.entry-not-found': ['No such entry of hours.', 'Registreringen findes ikke.'],

  // Programmes, shifts and sign-ups
  'programme.companies': ['Choose companies that exist.', 'Vælg virksomheder, der findes.'],
  'programme.coordinators': [
    'A coordinator must work at the partner organisation.',
    'En koordinator skal arbejde i partnerorganisationen.',
  ],
  'programme.partner': ['No such partner organisation.', 'Partnerorganisationen findes ikke.'],
  'programme.capacity': [
    'Give the number of places (1 or more).',
    'Angiv antallet af pladser (1 eller flere).',
  ],
  'shift.cancelled': ['The shift is cancelled.', 'Vagten er aflyst.'],
  'shift.started': ['The shift has started.', 'Vagten er begyndt.'],
  'shifts.range': [
    'Choose a period whose end comes after its start.',
    'Vælg en periode, der slutter efter den begynder.',
  ],
  'shifts.range-too-long': [
    'Choose a period of at most a year.',
    'Vælg en periode på højst et år.',
  ],
  'signup.already-signed-up': [
    'You are signed up for this shift already.',
    'Du er allerede tilmeldt denne vagt.',
  ],
  'signup.not-eligible': [
    'Your company does not take part in this programme.',
    'Din virksomhed deltager ikke i dette forløb.',
  ],
  'signup.overlaps': [
    'You have another shift at that time.',
    'Du har en anden vagt på det tidspunkt.',
  ],
  'signup.shift-cancelled': ['The shift is cancelled.', 'Vagten er aflyst.'],
  'signup.shift-started': ['The shift has started.', 'Vagten er begyndt.'],
  'commitment.exists': [
    'You have a standing commitment here already.',
    'Du har allerede en fast aftale her.',
  ],
  'attendance.not-signed-up': [
    'That person has no place on the shift.',
    'Den person har ingen plads på vagten.',
  ],
  'attendance.shift-not-started': [
    'Attendance is marked once the shift has started.',
    'Fremmøde registreres, når vagten er begyndt.',
  ],

  // Reports and deliveries
  'report.period': [
    'Choose a period whose end comes after its start.',
    'Vælg en periode, der slutter efter den begynder.',
  ],
  'report.period-too-long': ['Choose a shorter period.', 'Vælg en kortere periode.'],
  'delivery.not-failed': [
    'Only a failed mail can be sent again.',
    'Kun en mail, der ikke kom frem, kan sendes igen.',
  ],
  'delivery.purged': [
    'The mail’s content is no longer kept.',
    'Mailens indhold gemmes ikke længere.',
  ],
  'service.unavailable': [
    'The service is unavailable for a moment. Please try again shortly.',
    'Tjenesten er utilgængelig et øjeblik. Prøv igen om lidt.',
  ],
  'donation-programme.not-found': [
    'No such donation programme.',
    'Donationsprogrammet findes ikke.',
  ],
  'donation-programme.company': [
    'Choose a company you are a contact person of.',
    'Vælg en virksomhed, du er kontaktperson for.',
  ],
  'donation-programme.not-yours': [
    'Only the company’s contact persons change its donation programme.',
    'Kun virksomhedens kontaktpersoner kan ændre dens donationsprogram.',
  ],
  'supporter.not-found': ['No such supporter.', 'Støtten findes ikke.'],
  'allocation.not-found': ['No such request.', 'Ønsket findes ikke.'],
  'allocation.project': [
    'Ask for a project of your own: a partner organisation you coordinate or a school you teach at.',
    'Bed om enheder til et af dine egne projekter: en partnerorganisation, du koordinerer, eller en skole, du underviser på.',
  ],
  'allocation.one-project': [
    'Ask for one project: a partner organisation or a school, not both.',
    'Bed om enheder til ét projekt: en partnerorganisation eller en skole, ikke begge.',
  ],
  'allocation.company-only': [
    'Only the company answers, prepares and delivers a request.',
    'Kun virksomheden besvarer, klargør og leverer et ønske.',
  ],
  'allocation.wrong-status': [
    'The request has moved on since: look at it again.',
    'Ønsket er gået videre i mellemtiden: se det igen.',
  ],
  'allocation.approved-over-requested': [
    'Approve at most as many units as were asked for.',
    'Godkend højst så mange enheder, som der blev bedt om.',
  ],
  'allocation.delivered-over-approved': [
    'Deliver at most as many units as were approved.',
    'Lever højst så mange enheder, som der blev godkendt.',
  ],
  'allocation.delivered-in-future': [
    'A delivery is registered for a day that has come.',
    'En levering registreres for en dag, der er kommet.',
  ],
  'agreement.not-found': [
    'This partnership has no agreement yet.',
    'Partnerskabet har ingen aftale endnu.',
  ],
  'agreement.not-latest': [
    'The agreement has been changed since you read it: read the latest version, then accept it.',
    'Aftalen er ændret, siden du læste den: læs den seneste udgave, og godkend den så.',
  ],
  'agreement.not-a-side': [
    'Only the two sides of the partnership accept its agreement.',
    'Kun partnerskabets to parter godkender aftalen.',
  ],
  'agreement.period': [
    'The agreement ends on or after the day it starts.',
    'Aftalen slutter samme dag eller efter, den begynder.',
  ],
  'agreement.deciders': [
    'Name one person who can decide for each side.',
    'Nævn én person, der kan træffe beslutninger, for hver part.',
  ],
  'agreement.metric': [
    'This kind of partnership does not count that figure: choose another.',
    'Den slags partnerskab tæller ikke det tal: vælg et andet.',
  ],
  'update.not-a-side': [
    'Only the two sides of the partnership write its updates.',
    'Kun partnerskabets to parter skriver opdateringer.',
  ],
};

export const errors = {
  en: Object.fromEntries(Object.entries(texts).map(([code, [en]]) => [code, en])),
  da: Object.fromEntries(Object.entries(texts).map(([code, [, da]]) => [code, da])),
};

export const TRANSLATED_CODES = new Set(Object.keys(texts));
