import { expect, type Locator, type Page } from '@playwright/test';

export interface FoundAdoption {
  id: string;
  class: { label: string };
  company: { name: string };
}

export interface FoundVisit {
  id: string;
  adoptionId: string;
  kind: 'class-visit' | 'preparation';
  status: string;
  start: string | null;
  term: string;
}

/** The signed-in person's adoption of a class, read as the page reads it. */
export async function adoptionOf(page: Page, classLabel: string): Promise<FoundAdoption> {
  const adoptions = await page.evaluate(async () => {
    const answer = await fetch('/api/v1/adoptions');
    return ((await answer.json()) as { items: FoundAdoption[] }).items;
  });
  const adoption = adoptions.find((candidate) => candidate.class.label === classLabel);
  if (!adoption) throw new Error(`No adoption of ${classLabel}`);
  return adoption;
}

/** The one visit of an adoption of this kind and status, in a term, as the API lists it. */
export async function visitOf(
  page: Page,
  adoptionId: string,
  match: { kind: FoundVisit['kind']; status: string; term: string },
): Promise<FoundVisit> {
  const visits = await page.evaluate(
    async (query) => {
      const answer = await fetch(`/api/v1/visits?${new URLSearchParams(query).toString()}`);
      return ((await answer.json()) as { items: FoundVisit[] }).items;
    },
    { adoptionId, status: match.status },
  );
  const found = visits.filter((visit) => visit.kind === match.kind && visit.term === match.term);
  expect(found, JSON.stringify(match)).toHaveLength(1);
  return found[0];
}

/** Types a date into a react-aria date field, segment by segment, as a person does. */
export async function typeDate(page: Page, slot: Locator, digits: string): Promise<void> {
  await slot.getByRole('spinbutton').first().click();
  await page.keyboard.type(digits);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /log ud|sign out/i }).click();
  await expect(page).toHaveURL(/\/login/);
}
