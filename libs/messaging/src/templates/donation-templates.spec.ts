import { renderTemplate, TemplateParams } from './index';
import { describeTemplateContract, recipient, userText } from './template-testing.spec-helper';

type DonationName = 'donation.request-answered' | 'donation.delivered';

/** `tag` marks every piece of user-provided text with its field. */
function examples(tag: (field: string) => string = () => ''): Pick<TemplateParams, DonationName> {
  const text = userText(tag);
  const summary = {
    allocationId: 'allocation-1',
    programmeTitle: text('programmeTitle', 'Brugte computere'),
    companyName: text('companyName', 'BRFkredit'),
    unit: text('unit', 'computer'),
    projectName: text('projectName', 'Netcaféen i Nørremarken'),
    requestedUnits: 30,
    link: 'https://scheduler.example.test/donations/allocations/allocation-1',
  };
  return {
    'donation.request-answered': { ...summary, approvedUnits: 25, reason: null },
    'donation.delivered': { ...summary, deliveredUnits: 25, deliveredOn: '2027-01-04' },
  };
}

const render = <Name extends DonationName>(
  name: Name,
  locale: string,
  params: Pick<TemplateParams, DonationName>[Name] = examples()[name],
) => renderTemplate<DonationName>(name, locale, params, recipient);

describe('donation mail templates', () => {
  describeTemplateContract(['donation.request-answered', 'donation.delivered'], examples);

  it('tells how many of the units asked for were approved', () => {
    const mail = render('donation.request-answered', 'da');
    expect(mail.subject).toBe('Godkendt: 25 × computer fra BRFkredit');
    expect(mail.text).toContain('har godkendt 25 af de 30 × computer');
  });

  it('tells a declined project the reason', () => {
    const params = {
      ...examples()['donation.request-answered'],
      approvedUnits: null,
      reason: 'Ingen maskiner tilbage i år',
    };
    const danish = render('donation.request-answered', 'da', params);
    expect(danish.subject).toBe('Afslået: jeres ønske om 30 × computer');
    expect(danish.text).toContain('Begrundelse: Ingen maskiner tilbage i år');
    expect(render('donation.request-answered', 'en', params).text).toContain(
      'Reason: Ingen maskiner tilbage i år',
    );
  });

  it('dates a delivery in the reader’s language', () => {
    expect(render('donation.delivered', 'da').text).toContain('den 4. januar 2027');
    expect(render('donation.delivered', 'en').text).toContain('on 4 January 2027');
  });
});
