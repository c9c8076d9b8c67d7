/**
 * Where a person opens something in the web app. Mails and calendar events link here, never to
 * the JSON API: the person reading them has a browser, not a bearer token.
 */
export function appLinks(publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    visit: (visitId: string) => `${base}/visits/${visitId}`,
    adoption: (adoptionId: string) => `${base}/adoptions/${adoptionId}`,
    shift: (shiftId: string) => `${base}/shifts/${shiftId}`,
    programme: (programmeId: string) => `${base}/programmes/${programmeId}`,
    person: (userId: string) => `${base}/admin/people/${userId}`,
    donationProgramme: (programmeId: string) => `${base}/donations/${programmeId}`,
    allocation: (allocationId: string) => `${base}/donations/allocations/${allocationId}`,
  };
}
