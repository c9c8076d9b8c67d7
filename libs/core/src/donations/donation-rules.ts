import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { ConflictError, InvalidFieldError } from '../errors/domain-error';
import { AllocationStatus, DonationAllocationEntity } from './donation-allocation.entity';

/** Each step an allocation may take, from the statuses it may take it from. */
export const ALLOCATION_STEPS = {
  [AllocationStatus.Pledged]: [AllocationStatus.Requested],
  [AllocationStatus.Declined]: [AllocationStatus.Requested],
  [AllocationStatus.Prepared]: [AllocationStatus.Pledged],
  [AllocationStatus.Delivered]: [AllocationStatus.Prepared],
  [AllocationStatus.Cancelled]: [
    AllocationStatus.Requested,
    AllocationStatus.Pledged,
    AllocationStatus.Prepared,
  ],
} as const;

export type AllocationStep = keyof typeof ALLOCATION_STEPS;

export function requireStep(allocation: DonationAllocationEntity, step: AllocationStep): void {
  const from: readonly AllocationStatus[] = ALLOCATION_STEPS[step];
  if (!from.includes(allocation.status)) {
    throw new ConflictError(
      'allocation.wrong-status',
      `An allocation that is ${allocation.status} cannot become ${step}: only one that is ${from.join(' or ')}.`,
    );
  }
}

/** Approved units are at least one and at most what the project asked for. */
export function requireApprovable(allocation: DonationAllocationEntity, units: number): void {
  if (units > allocation.requestedUnits) {
    throw new ConflictError(
      'allocation.approved-over-requested',
      `units: at most the ${allocation.requestedUnits} asked for can be approved.`,
    );
  }
}

/** A delivery never exceeds what was approved, and its day has come. */
export function requireDeliverable(
  allocation: DonationAllocationEntity,
  units: number,
  deliveredOn: string,
  today: string,
): void {
  if (units > (allocation.approvedUnits ?? 0)) {
    throw new ConflictError(
      'allocation.delivered-over-approved',
      `units: at most the ${allocation.approvedUnits} approved can be delivered.`,
    );
  }
  if (deliveredOn > today) {
    throw new InvalidFieldError(
      'allocation.delivered-in-future',
      'deliveredOn',
      `must be a day that has come (today is ${today})`,
    );
  }
}

/** The company's contact persons (and admins) run its donation programmes. */
export function canRunDonations(actor: Actor, companyId: string): boolean {
  return actor.isAdmin || organisationIds(actor, 'company', [Role.Contact]).includes(companyId);
}

/**
 * The projects the actor may ask for units for: the partner organisations they coordinate and the
 * schools they teach at.
 */
export function projectsOf(actor: Actor): { partnerIds: string[]; schoolIds: string[] } {
  return {
    partnerIds: organisationIds(actor, 'partner', [Role.Coordinator]),
    schoolIds: organisationIds(actor, 'school', [Role.Teacher]),
  };
}

/** Whether the allocation is for one of the actor's projects. */
export function isOwnProject(actor: Actor, allocation: DonationAllocationEntity): boolean {
  const { partnerIds, schoolIds } = projectsOf(actor);
  return (
    (allocation.partnerId !== null && partnerIds.includes(allocation.partnerId)) ||
    (allocation.schoolId !== null && schoolIds.includes(allocation.schoolId))
  );
}

/**
 * Who may see a donation programme: admins, its company's contact persons, and every project
 * (coordinators and teachers), who need to find it to ask.
 */
export function canSeeDonationProgramme(actor: Actor, companyId: string): boolean {
  const { partnerIds, schoolIds } = projectsOf(actor);
  return canRunDonations(actor, companyId) || partnerIds.length > 0 || schoolIds.length > 0;
}
