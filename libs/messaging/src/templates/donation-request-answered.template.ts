import { reasonBlocks } from './adoption-blocks';
import { AllocationSummary } from './donation-params';
import { action, composeMail, details, paragraph } from './mail-body';
import { MailTemplate } from './template';

/**
 * To the person who asked for units: the company approved `approvedUnits` of them (pledged), or
 * declined the request with `reason`.
 */
export type DonationRequestAnsweredParams = AllocationSummary & {
  approvedUnits: number | null;
  reason: string | null;
};

export const donationRequestAnsweredTemplate: MailTemplate<DonationRequestAnsweredParams> = {
  da: (answer, { name }) => {
    const approved = answer.approvedUnits !== null;
    return composeMail(
      'da',
      approved
        ? `Godkendt: ${answer.approvedUnits} × ${answer.unit} fra ${answer.companyName}`
        : `Afslået: jeres ønske om ${answer.requestedUnits} × ${answer.unit}`,
      name,
      [
        paragraph(
          approved
            ? `${answer.companyName} har godkendt ${answer.approvedUnits} af de ${answer.requestedUnits} × ${answer.unit}, som ${answer.projectName} bad om. De er nu lovet jer, og I hører fra os, når de er leveret.`
            : `${answer.companyName} har desværre afslået ønsket om ${answer.requestedUnits} × ${answer.unit} til ${answer.projectName}.`,
        ),
        ...reasonBlocks(answer.reason, 'da'),
        details([
          ['Program', answer.programmeTitle],
          ['Projekt', answer.projectName],
        ]),
        action('Se ønsket', answer.link),
      ],
    );
  },
  en: (answer, { name }) => {
    const approved = answer.approvedUnits !== null;
    return composeMail(
      'en',
      approved
        ? `Approved: ${answer.approvedUnits} × ${answer.unit} from ${answer.companyName}`
        : `Declined: your request for ${answer.requestedUnits} × ${answer.unit}`,
      name,
      [
        paragraph(
          approved
            ? `${answer.companyName} has approved ${answer.approvedUnits} of the ${answer.requestedUnits} × ${answer.unit} that ${answer.projectName} asked for. They are now pledged to you, and you will hear from us when they have been delivered.`
            : `${answer.companyName} has declined the request for ${answer.requestedUnits} × ${answer.unit} for ${answer.projectName}.`,
        ),
        ...reasonBlocks(answer.reason, 'en'),
        details([
          ['Programme', answer.programmeTitle],
          ['Project', answer.projectName],
        ]),
        action('View the request', answer.link),
      ],
    );
  },
};
