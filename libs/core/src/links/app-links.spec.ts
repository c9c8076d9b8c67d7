import { appLinks } from './app-links';

describe('links into the web app', () => {
  const links = appLinks('https://kalender.example.org/');

  it('open the screen of the thing, not the API', () => {
    expect(links.visit('v1')).toBe('https://kalender.example.org/visits/v1');
    expect(links.adoption('a1')).toBe('https://kalender.example.org/adoptions/a1');
    expect(links.shift('s1')).toBe('https://kalender.example.org/shifts/s1');
    expect(links.programme('p1')).toBe('https://kalender.example.org/programmes/p1');
    expect(links.person('u1')).toBe('https://kalender.example.org/admin/people/u1');
  });
});
