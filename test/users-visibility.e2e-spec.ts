import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { Json } from './support/responses';
import { startTestStack, TestStack } from './support/test-stack';

// What one person can see of another: a colleague's name and the roles held where the two of
// them work together, not what the colleague does elsewhere.
describe('what people see of each other', () => {
  let stack: TestStack;
  let factories: Factories;
  let school: { id: string };
  let company: { id: string };
  let partner: { id: string };
  /** A teacher at the school who also volunteers for the company. */
  let both: UserEntity;
  let teacher: UserEntity;
  let volunteer: UserEntity;
  let admin: UserEntity;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    factories = new Factories(stack.dataSource);
    school = await factories.school();
    company = await factories.company();
    partner = await factories.partner();
    both = await factories.user(
      [
        { role: Role.Teacher, organisationId: school.id },
        { role: Role.Volunteer, organisationId: company.id },
        { role: Role.Coordinator, organisationId: partner.id },
      ],
      { name: 'Aase Begge' },
    );
    teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
    volunteer = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
    admin = await factories.user([{ role: Role.Admin }]);
  });
  afterAll(() => stack.stop());

  async function look(viewer: UserEntity, path: string): Promise<Json> {
    const response = await stack
      .http()
      .get(`/api/v1${path}`)
      .set('Authorization', `Bearer ${await stack.tokenFor(viewer.id)}`)
      .expect(200);
    return response.body;
  }

  const roles = (user: { memberships: { role: string; organisationId: string | null }[] }) =>
    user.memberships.map((m) => `${m.role}@${m.organisationId}`).sort();

  const listed = async (viewer: UserEntity, query = ''): Promise<Json[]> =>
    ((await look(viewer, `/users?limit=200${query}`)).items as Json[]).filter(
      (user) => user.id === both.id,
    );

  it('shows a colleague only the roles held in the organisations they share', async () => {
    expect(roles(await look(teacher, `/users/${both.id}`))).toEqual([`teacher@${school.id}`]);
    expect(roles(await look(volunteer, `/users/${both.id}`))).toEqual([`volunteer@${company.id}`]);
    const [inTeachersList] = await listed(teacher);
    expect(roles(inTeachersList)).toEqual([`teacher@${school.id}`]);
    const [inVolunteersList] = await listed(volunteer);
    expect(roles(inVolunteersList)).toEqual([`volunteer@${company.id}`]);
  });

  it('does not let a filter reveal a role held elsewhere', async () => {
    expect(await listed(teacher, '&role=volunteer')).toEqual([]);
    expect(await listed(teacher, '&role=coordinator')).toEqual([]);
    expect(await listed(teacher, `&organisationId=${company.id}`)).toEqual([]);
    expect(await listed(teacher, '&role=teacher')).toHaveLength(1);
  });

  it('shows a person all of their own roles, and an admin everyone’s', async () => {
    const everything = [
      `coordinator@${partner.id}`,
      `teacher@${school.id}`,
      `volunteer@${company.id}`,
    ];
    expect(roles(await look(both, `/users/${both.id}`))).toEqual(everything);
    expect(roles(await look(both, '/me'))).toEqual(everything);
    const [inOwnList] = await listed(both);
    expect(roles(inOwnList)).toEqual(everything);
    expect(roles(await look(admin, `/users/${both.id}`))).toEqual(everything);
    const [inAdminsList] = await listed(admin, '&role=coordinator');
    expect(roles(inAdminsList)).toEqual(everything);
  });
});
