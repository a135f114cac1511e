// The console shell: login, header, navigation, language switch and the router that gives the
// main area to the contribution a #/<id>/<args> address names.
import {
  api, ApiError, announce, clear, contributions, currentUser, field, forgetDrafts, form, h, heading, lang, lastServerContact, loading,
  notice, releaseCharts, renderContribution, ROLES, sessionInfo, setLang, setReauthenticator, setSession, t,
} from './polku.js';

const TEXT = {
  skip: { fi: 'Siirry sisältöön', sv: 'Hoppa till innehållet', en: 'Skip to content' },
  mainNav: { fi: 'Päävalikko', sv: 'Huvudmeny', en: 'Main menu' },
  admin: { fi: 'Ylläpito', sv: 'Administration', en: 'Administration' },
  login: { fi: 'Kirjaudu sisään', sv: 'Logga in', en: 'Log in' },
  logout: { fi: 'Kirjaudu ulos', sv: 'Logga ut', en: 'Log out' },
  username: { fi: 'Käyttäjätunnus', sv: 'Användarnamn', en: 'Username' },
  password: { fi: 'Salasana', sv: 'Lösenord', en: 'Password' },
  language: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  tagline: { fi: 'Työllisyyspalvelujen asianhallinta', sv: 'Ärendehantering för arbetskraftsservice',
    en: 'Case management for employment services' },
  badLogin: { fi: 'Käyttäjätunnus tai salasana on väärin.', sv: 'Fel användarnamn eller lösenord.',
    en: 'Wrong username or password.' },
  throttled: { fi: 'Liian monta epäonnistunutta kirjautumista. Odota minuutti ja yritä uudelleen.',
    sv: 'För många misslyckade inloggningar. Vänta en minut och försök igen.',
    en: 'Too many failed logins. Wait a minute and try again.' },
  unavailable: { fi: 'Konsolia ei juuri nyt saada näkyviin. Lataa sivu hetken kuluttua uudelleen.',
    sv: 'Konsolen kan inte visas just nu. Ladda om sidan om en stund.', en: 'The console cannot be shown just now. Reload the page in a moment.' },
  notFound: { fi: 'Sivua ei löydy. Se voi kuulua palveluun, joka ei ole nyt käytössä.',
    sv: 'Sidan hittas inte. Den kan höra till en tjänst som inte används nu.',
    en: 'Page not found. It may belong to a service that is not in use now.' },
  nothing: { fi: 'Sinulle ei ole tässä asennuksessa sivuja.', sv: 'Det finns inga sidor för dig i denna installation.',
    en: 'There are no pages for you in this installation.' },
  loggedOut: { fi: 'Istunto päättyi. Kirjaudu uudelleen.', sv: 'Sessionen har gått ut. Logga in igen.',
    en: 'Your session ended. Please log in again.' },
  menu: { fi: 'Valikko', sv: 'Meny', en: 'Menu' },
  idleTitle: { fi: 'Istunto on päättymässä', sv: 'Sessionen håller på att gå ut', en: 'Your session is about to end' },
  idleText: { fi: 'Et ole käyttänyt Polkua hetkeen. Istunto päättyy noin {0} minuutin kuluttua, ellet jatka sitä.',
    sv: 'Du har inte använt Polku på en stund. Sessionen går ut om cirka {0} minuter om du inte fortsätter.',
    en: 'You have not used Polku for a while. Your session ends in about {0} minutes unless you go on.' },
  idleContinue: { fi: 'Jatka istuntoa', sv: 'Fortsätt sessionen', en: 'Continue the session' },
  idleContinued: { fi: 'Istunto jatkuu.', sv: 'Sessionen fortsätter.', en: 'The session goes on.' },
  reauthTitle: { fi: 'Kirjaudu uudelleen', sv: 'Logga in igen', en: 'Log in again' },
  reauthText: { fi: 'Istunto päättyi. Kirjaudu uudelleen jatkaaksesi: sivu ja sille kirjoittamasi tiedot säilyvät, ja kesken jäänyt tallennus tehdään kirjautumisen jälkeen.',
    sv: 'Sessionen gick ut. Logga in igen för att fortsätta: sidan och det du skrivit finns kvar, och det som skulle sparas sparas efter inloggningen.',
    en: 'Your session ended. Log in again to go on: the page and what you wrote stay, and what was being saved is saved after you log in.' },
};

let pages = [];
let routeToken = 0;

async function boot() {
  setLang(lang());
  setReauthenticator(reauthenticate);
  setInterval(watchIdle, 10000);
  window.addEventListener('polku:logged-out', () => showLogin(TEXT.loggedOut));
  window.addEventListener('hashchange', route);
  // The skip link moves focus without touching the address, which belongs to the router.
  document.getElementById('skip-link').addEventListener('click', e => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  try {
    setSession(await api('session'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return showLogin();
    return clear(document.getElementById('main'), notice('error', e.message));
  }
  await showConsole();
}

/** The console, or a message saying why it cannot be shown now (a bundle restarting: 503). */
async function showConsole() {
  try {
    await buildConsole();
  } catch (e) {
    clear(document.getElementById('main'), heading('Polku'), notice('error', t(TEXT.unavailable) + ' ' + (e.message || '')));
  }
}

// Buttons, not a select that acts on change: choosing a language is an explicit act (WCAG 3.2.2).
function languageSwitch() {
  const names = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
  return h('div', { class: 'language', role: 'group', 'aria-label': t(TEXT.language) },
    Object.entries(names).map(([code, name]) => h('button', { type: 'button', lang: code, 'data-lang': code,
      'aria-pressed': String(code === lang()), class: 'lang-button',
      onclick: () => { setLang(code); location.reload(); } }, name)));
}

function chromeTexts() {
  document.getElementById('skip-link').textContent = t(TEXT.skip);
  document.getElementById('nav').setAttribute('aria-label', t(TEXT.mainNav));
}

function showLogin(message) {
  setSession(null);
  chromeTexts();
  document.title = t(TEXT.login) + ' – Polku';
  clear(document.getElementById('header'), h('div', { class: 'brand' }, 'Polku'), languageSwitch());
  clear(document.getElementById('nav'));
  const main = document.getElementById('main');
  const loginForm = form([
    field({ name: 'username', label: t(TEXT.username), required: true, autocomplete: 'username' }),
    field({ name: 'password', label: t(TEXT.password), type: 'password', required: true, autocomplete: 'current-password' }),
  ], t(TEXT.login), async values => {
    try {
      await api('session', { method: 'POST', body: { username: values.username || '', password: values.password || '' } });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) throw new ApiError(401, { message: t(TEXT.badLogin) });
      if (e instanceof ApiError && e.status === 429) throw new ApiError(429, { message: t(TEXT.throttled) });
      throw e;
    }
    setSession(await api('session'));
    await showConsole();
  });
  loginForm.id = 'login-form';
  clear(main, h('div', { class: 'login' }, heading(t(TEXT.login)), h('p', {}, t(TEXT.tagline)),
    message ? notice('info', t(message)) : null, loginForm));
  main.querySelector('input[name=username]').focus();
}

async function header() {
  const user = currentUser();
  let place = [];
  try {
    const org = await api('v1/organisation');
    const me = org.caseworkers.find(c => c.username === user.username);
    if (me) {
      const unit = org.units.find(u => u.id === me.unit);
      const office = org.servicePoints.find(s => s.id === me.servicePoint);
      const unitName = unit ? t(unit.names) : '';
      place = [h('span', { class: 'unit' }, unitName), office ? h('span', { class: 'office' }, t(office.names)) : null];
    }
  } catch (e) {
    // A partner's user has no place in the area's organisation: the name and role are enough.
  }
  const roles = user.roles.map(r => ROLES[r] ? t(ROLES[r]) : r).join(', ');
  const nav = document.getElementById('nav');
  nav.dataset.open = 'false';
  const menu = h('button', { type: 'button', class: 'link-button menu-button', id: 'menu-button', 'aria-controls': 'nav',
    'aria-expanded': 'false', onclick: () => {
      const open = nav.dataset.open !== 'true';
      nav.dataset.open = String(open);
      menu.setAttribute('aria-expanded', String(open));
      if (open) nav.querySelector('a')?.focus();
    } }, t(TEXT.menu));
  clear(document.getElementById('header'),
    h('div', { class: 'brand' }, 'Polku'), menu,
    h('div', { class: 'who' }, h('span', { class: 'name', id: 'user-name' }, user.displayName), h('span', { class: 'role' }, roles), place),
    languageSwitch(),
    h('button', { type: 'button', class: 'link-button', id: 'logout', onclick: logout }, t(TEXT.logout)));
}

async function logout() {
  try { await api('session', { method: 'DELETE' }); } catch (e) { /* already gone */ }
  forgetDrafts();
  location.hash = '';
  showLogin();
}

async function buildConsole() {
  chromeTexts();
  await header();
  const all = await contributions(null);
  pages = all.filter(c => ['navigation', 'page', 'admin-page'].includes(c.slot));
  const navItems = all.filter(c => c.slot === 'navigation');
  const adminItems = all.filter(c => c.slot === 'admin-page');
  const link = c => h('li', {}, h('a', { href: '#/' + c.id, 'data-contribution': c.id }, t(c.labels)));
  clear(document.getElementById('nav'),
    h('ul', {}, navItems.map(link)),
    adminItems.length ? h('h2', { class: 'nav-group' }, t(TEXT.admin)) : null,
    adminItems.length ? h('ul', {}, adminItems.map(link)) : null);
  await route();
}

async function route() {
  if (!currentUser()) return;
  const main = document.getElementById('main');
  let id;
  let args;
  try {
    [id, ...args] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  } catch (malformed) {
    [id, ...args] = [];
    id = '\u0000'; // an address nobody serves: "page not found"
  }
  releaseCharts();
  const listed = pages.filter(c => c.slot !== 'page');
  const page = pages.find(c => c.id === id) || (!id ? listed[0] : null);
  for (const a of document.querySelectorAll('#nav a')) {
    if (page && a.dataset.contribution === page.id) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  if (!page) {
    document.title = 'Polku';
    clear(main, heading('Polku'), notice('info', t(listed.length ? TEXT.notFound : TEXT.nothing)));
    return;
  }
  document.title = t(page.labels) + ' – Polku';
  // Each page draws into a view of its own: when the user moves on before a slow page is done,
  // the old page finishes into a detached view and never overwrites the new one.
  const token = ++routeToken;
  const view = h('div', { class: 'page', 'data-page': page.id }, loading());
  clear(main, view);
  const nav = document.getElementById('nav');
  if (nav.dataset.open === 'true') {
    nav.dataset.open = 'false';
    document.getElementById('menu-button')?.setAttribute('aria-expanded', 'false');
  }
  await renderContribution(page, view, { args, page });
  if (token !== routeToken) return;
  const title = view.querySelector('h1');
  (title || main).focus();
  announce(document.title);
}

// ---- the session: a warning before the idle limit, and logging in again without leaving the page --

let idleDialog = null;

function say(texts, ...args) {
  return t(texts).replace(/\{(\d+)\}/g, (m, i) => String(args[i]));
}

/** Two minutes before the idle limit (counted from the server's last answer), the user is asked whether to go on. */
function watchIdle() {
  const s = sessionInfo();
  if (!s || !s.idleSeconds || document.getElementById('reauth-dialog')) return;
  // The server extends the session at most once a minute: the limit may come a minute earlier than the last answer says.
  const left = lastServerContact() + (s.idleSeconds - 60) * 1000 - Date.now();
  if (left > 120000) {
    if (idleDialog) { idleDialog.close(); idleDialog.remove(); idleDialog = null; }
    return;
  }
  const minutes = Math.max(1, Math.round(left / 60000));
  if (idleDialog) {
    idleDialog.querySelector('p').textContent = say(TEXT.idleText, minutes);
    return;
  }
  const back = document.activeElement;
  idleDialog = h('dialog', { id: 'idle-dialog', 'aria-labelledby': 'idle-title', 'aria-describedby': 'idle-text' },
    h('h2', { id: 'idle-title' }, t(TEXT.idleTitle)),
    h('p', { id: 'idle-text' }, say(TEXT.idleText, minutes)),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'primary', id: 'idle-continue', onclick: async () => {
        const dialog = idleDialog;
        idleDialog = null;
        dialog.close();
        dialog.remove();
        try {
          setSession(await api('session'));
          announce(t(TEXT.idleContinued));
        } catch (e) { /* a 401 opens the login dialog */ }
        back?.focus?.();
      } }, t(TEXT.idleContinue)),
      h('button', { type: 'button', class: 'secondary', onclick: () => {
        idleDialog.close();
        idleDialog.remove();
        idleDialog = null;
        logout();
      } }, t(TEXT.logout))));
  idleDialog.addEventListener('cancel', e => e.preventDefault());
  document.body.append(idleDialog);
  idleDialog.showModal();
  idleDialog.querySelector('#idle-continue').focus();
}

let reauthenticating = null;

/** The same user logs in again in a dialog over the page; requests that met the ended session wait for it. */
function reauthenticate() {
  const user = currentUser();
  if (!user) return Promise.resolve(false);
  if (idleDialog) { idleDialog.close(); idleDialog.remove(); idleDialog = null; }
  reauthenticating = reauthenticating || new Promise(resolve => {
    const back = document.activeElement;
    const dialog = h('dialog', { id: 'reauth-dialog', 'aria-labelledby': 'reauth-title' });
    const done = answer => {
      dialog.close();
      dialog.remove();
      reauthenticating = null;
      if (answer) back?.focus?.();
      resolve(answer);
    };
    const loginForm = form([
      field({ name: 'username', label: t(TEXT.username), value: user.username, autocomplete: 'username' }),
      field({ name: 'password', label: t(TEXT.password), type: 'password', required: true, autocomplete: 'current-password' }),
    ], t(TEXT.login), async values => {
      try {
        await api('session', { method: 'POST', body: { username: user.username, password: values.password || '' } });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) throw new ApiError(401, { message: t(TEXT.badLogin) });
        if (e instanceof ApiError && e.status === 429) throw new ApiError(429, { message: t(TEXT.throttled) });
        throw e;
      }
      setSession(await api('session'));
      done(true);
    });
    loginForm.id = 'reauth-form';
    loginForm.querySelector('input[name=username]').readOnly = true;
    loginForm.querySelector('.form-actions').append(h('button', { type: 'button', class: 'secondary', onclick: () => done(false) },
      t(TEXT.logout)));
    dialog.addEventListener('cancel', e => e.preventDefault());
    dialog.append(h('h2', { id: 'reauth-title' }, t(TEXT.reauthTitle)), h('p', {}, t(TEXT.reauthText)), loginForm);
    document.body.append(dialog);
    dialog.showModal();
    loginForm.querySelector('input[name=password]').focus();
  });
  return reauthenticating;
}

boot();
