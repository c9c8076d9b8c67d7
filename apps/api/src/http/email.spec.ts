import { DomainError } from '@app/core';
import { LoginLinkRequestDto } from '../auth/auth.dto';
import { InviteUserDto } from '../users/user.dto';
import { createValidationPipe } from './validation';

/** What the API's validation pipe says of a body: the fields it names, or none. */
async function refusal(metatype: new () => object, body: object) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype });
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe('email addresses in requests', () => {
  it('takes an address', async () => {
    expect(
      await refusal(LoginLinkRequestDto, { email: 'marianne@bakkeskolen.example' }),
    ).toBeNull();
    expect(await refusal(LoginLinkRequestDto, { email: 'søren@skole.dk' })).toBeNull();
  });

  it.each([
    ['a lone surrogate', '\ud800'],
    ['a lone surrogate in an address', 'mari\udc00anne@bakkeskolen.example'],
    ['no address at all', 'marianne'],
  ])('refuses %s as a 400 naming the field', async (_what, email) => {
    expect(await refusal(LoginLinkRequestDto, { email })).toEqual({
      code: 'request.invalid',
      message: 'email: must be an email address',
    });
    expect(await refusal(InviteUserDto, { email, name: 'Marianne', role: 'admin' })).toEqual({
      code: 'request.invalid',
      message: 'email: must be an email address',
    });
  });
});
