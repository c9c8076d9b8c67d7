import { renderTemplate, TemplateParams } from './index';
import { describeTemplateContract, recipient, userText } from './template-testing.spec-helper';

type Name = 'agreement.criterion-met' | 'partnership.quiet';

function examples(tag: (field: string) => string = () => ''): Pick<TemplateParams, Name> {
  const text = userText(tag);
  return {
    'agreement.criterion-met': {
      agreementId: 'agreement-1',
      partnershipName: text('partnershipName', '7.B, Bakkeskolen – LEGO'),
      metric: 'class-visits',
      target: 2,
      actual: 2,
      period: '2026/27',
      goals: text('goals', 'Eleverne lærer en arbejdsplads at kende.'),
      link: text('link', 'https://scheduler.example.test/adoptions/adoption-1'),
    },
    'partnership.quiet': {
      partnershipName: text('partnershipName', 'Lektiehjælp i drengeklubben'),
      weeks: 8,
      lastActivityOn: '2026-10-05',
      lastUpdate: text('lastUpdate', 'Vi mangler frivillige om tirsdagen.'),
      link: text('link', 'https://scheduler.example.test/programmes/programme-1'),
    },
  };
}

const render = <N extends Name>(name: N, locale: string, params = examples()[name]) =>
  renderTemplate<Name>(name, locale, params, recipient);

describe('agreement mail templates', () => {
  describeTemplateContract(['agreement.criterion-met', 'partnership.quiet'], examples);

  it('names the target met and its period in the reader’s words', () => {
    const danish = render('agreement.criterion-met', 'da');
    expect(danish.subject).toBe('Mål nået: klassebesøg i 7.B, Bakkeskolen – LEGO');
    expect(danish.text).toContain('2 klassebesøg i skoleåret 2026/27');
    const english = render('agreement.criterion-met', 'en', {
      ...examples()['agreement.criterion-met'],
      metric: 'contact-hours',
      target: 7.4,
      actual: 7.5,
      period: '2026/27-spring',
    });
    expect(english.text).toContain("7.4 contact person's hours in the spring term 2026/27");
  });

  it('tells since when nothing has happened', () => {
    expect(render('partnership.quiet', 'da').text).toContain('siden 5. oktober 2026');
    expect(render('partnership.quiet', 'en').subject).toBe(
      'No news for 8 weeks: Lektiehjælp i drengeklubben',
    );
  });
});
