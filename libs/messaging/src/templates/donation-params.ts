/** Which allocation of which donation programme a mail is about. */
export interface AllocationSummary {
  allocationId: string;
  programmeTitle: string;
  companyName: string;
  /** What one unit is, e.g. "computer" (as the company wrote it). */
  unit: string;
  /** The partner organisation or school the units are for. */
  projectName: string;
  requestedUnits: number;
  link: string;
}
