import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useUpdateMe } from '../api/me';
import { meQuery } from '../api/queries';
import { isLanguage, LANGUAGES, type Language, switchLanguage } from '../i18n';
import { visibleItems } from './nav';
import { Button } from './ui';

function LanguageSwitch({ onChoose }: { onChoose: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          variant="quiet"
          aria-pressed={i18n.language === language}
          onPress={() => onChoose(language)}
          // The name of each language in itself, so whoever cannot read the other finds theirs.
          lang={language}
        >
          {t(`languages.${language}`)}
        </Button>
      ))}
    </div>
  );
}

/** Header, navigation and the screen; a skip link leads past the navigation. */
export function Layout() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(meQuery).data ?? null;
  const updateMe = useUpdateMe();

  // A signed-in person's language is the one they chose (their mails follow it too).
  useEffect(() => {
    if (me && isLanguage(me.locale)) void switchLanguage(me.locale);
  }, [me]);

  const signOut = async () => {
    await api.POST('/api/v1/auth/sign-out');
    queryClient.clear();
    await navigate({ to: '/login' });
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <div className="header-tools">
          <LanguageSwitch
            onChoose={(language) => {
              void switchLanguage(language);
              // Signed in, the choice is theirs everywhere: other devices and their mails.
              if (me && me.locale !== language) updateMe.mutate({ locale: language });
            }}
          />
          {me && (
            <Button variant="quiet" onPress={() => void signOut()}>
              {t('app.signOut')}
            </Button>
          )}
        </div>
        {me && (
          <nav className="main-nav" aria-label={t('app.mainNavigation')}>
            <ul>
              {visibleItems(me).map((item) => (
                <li key={item.to}>
                  <Link to={item.to} activeOptions={{ exact: item.to === '/' }}>
                    {t(item.labelKey)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
