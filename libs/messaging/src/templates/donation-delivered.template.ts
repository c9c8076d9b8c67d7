import { formatDate } from './format';
import { AllocationSummary } from './donation-params';
import { action, composeMail, details, paragraph } from './mail-body';
import { MailTemplate } from './template';

/** To the person who asked for units: `deliveredUnits` of them were handed over on `deliveredOn`. */
export type DonationDeliveredParams = AllocationSummary & {
  deliveredUnits: number;
  deliveredOn: string;
};

export const donationDeliveredTemplate: MailTemplate<DonationDeliveredParams> = {
  da: (delivery, { name }) =>
    composeMail(
      'da',
      `Leveret: ${delivery.deliveredUnits} × ${delivery.unit} fra ${delivery.companyName}`,
      name,
      [
        paragraph(
          `${delivery.companyName} har leveret ${delivery.deliveredUnits} × ${delivery.unit} til ${delivery.projectName} den ${formatDate(delivery.deliveredOn, 'da')}. God fornøjelse med dem.`,
        ),
        details([
          ['Program', delivery.programmeTitle],
          ['Projekt', delivery.projectName],
        ]),
        action('Se leverancen', delivery.link),
      ],
    ),
  en: (delivery, { name }) =>
    composeMail(
      'en',
      `Delivered: ${delivery.deliveredUnits} × ${delivery.unit} from ${delivery.companyName}`,
      name,
      [
        paragraph(
          `${delivery.companyName} delivered ${delivery.deliveredUnits} × ${delivery.unit} to ${delivery.projectName} on ${formatDate(delivery.deliveredOn, 'en')}. Enjoy them.`,
        ),
        details([
          ['Programme', delivery.programmeTitle],
          ['Project', delivery.projectName],
        ]),
        action('View the delivery', delivery.link),
      ],
    ),
};
