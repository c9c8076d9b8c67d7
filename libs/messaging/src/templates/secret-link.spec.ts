import { escapeHtml } from './html';
import {
  fillSecretLinks,
  SecretLinkName,
  secretLink,
  secretLinksIn,
  withoutPlaceholders,
} from './secret-link';

describe('secret links', () => {
  const signIn = secretLink(SecretLinkName.signIn);
  const decline = secretLink(SecretLinkName.decline);

  it('finds each placeholder of a body once', () => {
    const body = `Sign in: ${signIn}\n${decline}\nOr here: ${signIn}`;
    expect(secretLinksIn(body)).toEqual(['sign-in', 'answer-decline']);
    expect(secretLinksIn('No link here, {{not-a-placeholder}}')).toEqual([]);
  });

  it('puts each link in place of its placeholder, escaped for HTML', () => {
    const links = { 'sign-in': 'https://scheduler.example/sign-in?token=a&b=<c>' };
    const html = `<a href="${escapeHtml(signIn)}">Sign in</a>`;
    expect(fillSecretLinks(html, links, escapeHtml)).toBe(
      '<a href="https://scheduler.example/sign-in?token=a&amp;b=&lt;c&gt;">Sign in</a>',
    );
    expect(fillSecretLinks(`Open ${signIn}`, links, (link) => link)).toBe(
      'Open https://scheduler.example/sign-in?token=a&b=<c>',
    );
  });

  it('refuses a body with a placeholder it has no link for', () => {
    expect(() => fillSecretLinks(`${signIn} ${decline}`, { 'sign-in': 'x' }, String)).toThrow(
      'answer-decline',
    );
  });

  it('keeps text typed as a placeholder from passing for one, however deep it lies', () => {
    const typed = {
      agenda: `Bring ${signIn}`,
      hosts: [{ name: decline }],
      revision: 3,
      link: null,
    };
    const safe = withoutPlaceholders(typed);
    expect(secretLinksIn(JSON.stringify(safe))).toEqual([]);
    expect(safe.revision).toBe(3);
    expect(safe.link).toBeNull();
    expect(safe.agenda).toContain('secret-link:sign-in');
  });
});
