// The console's helpers for contributions (the browser half of fi.polku.api.console 1.0).
// A contribution imports what it needs from "/console/shell/polku.js"; these exports are the
// contract, so they change only compatibly.

const LANGUAGES = ['fi', 'sv', 'en'];
let session = null;

// ---- language -------------------------------------------------------------------------------

export function lang() {
  const chosen = localStorage.getItem('polku.lang');
  return LANGUAGES.includes(chosen) ? chosen : 'fi';
}

export function setLang(language) {
  localStorage.setItem('polku.lang', LANGUAGES.includes(language) ? language : 'fi');
  document.documentElement.lang = lang();
}

/** The text in the user's language from {fi, sv, en}; Finnish when a translation is missing. */
export function t(texts) {
  return texts[lang()] ?? texts.fi;
}

/** The statutory service types by name; a type of a partner's own is shown as its module names it. */
export const SERVICE_TYPES = {
  coaching: { fi: 'Valmennukset', sv: 'Träningar', en: 'Coaching' },
  training: { fi: 'Työvoimakoulutus', sv: 'Arbetskraftsutbildning', en: 'Labour market training' },
  trials: { fi: 'Työkokeilut', sv: 'Arbetsprövningar', en: 'Work trials' },
  subsidies: { fi: 'Tuet ja korvaukset', sv: 'Stöd och ersättningar', en: 'Subsidies and compensations' },
  ohjaamo: { fi: 'Ohjaamo', sv: 'Navigatorn', en: 'Ohjaamo (youth guidance)' },
  multisector: { fi: 'Monialainen yhteistyö', sv: 'Sektorsövergripande samarbete', en: 'Multisectoral co-operation' },
  integration: { fi: 'Kotoutumispalvelut', sv: 'Integrationstjänster', en: 'Integration services' },
  'career-guidance': { fi: 'Ammatinvalinta- ja uraohjaus', sv: 'Yrkesval- och karriärvägledning', en: 'Career and occupational guidance' },
  'expert-assessment': { fi: 'Asiantuntija-arvioinnit', sv: 'Expertbedömningar', en: 'Expert assessments' },
  'self-motivated-study': { fi: 'Omaehtoinen opiskelu työttömyysetuudella', sv: 'Frivilliga studier med arbetslöshetsförmån',
    en: 'Self-motivated study with unemployment benefit' },
  'employer-services': { fi: 'Työnantajapalvelut', sv: 'Arbetsgivartjänster', en: 'Employer services' },
};

/** How the area produces a service. */
export const PRODUCTION_MODES = {
  OWN_PRODUCTION: { fi: 'Oma tuotanto', sv: 'Egen produktion', en: 'Own production' },
  IN_HOUSE: { fi: 'Sidosyksikkö (in-house)', sv: 'Anknuten enhet (in-house)', en: 'In-house entity' },
  TENDERED: { fi: 'Kilpailutettu', sv: 'Konkurrensutsatt', en: 'Tendered' },
};

/** The roles by name. */
export const ROLES = {
  caseworker: { fi: 'asiantuntija', sv: 'sakkunnig', en: 'caseworker' },
  'unit-lead': { fi: 'esihenkilö', sv: 'chef', en: 'unit lead' },
  'it-admin': { fi: 'pääkäyttäjä', sv: 'huvudanvändare', en: 'IT admin' },
  partner: { fi: 'palveluntuottaja', sv: 'tjänsteproducent', en: 'service provider' },
};

/** A service type's name in the user's language; an unknown type as the code it is. */
export function serviceName(type) {
  return SERVICE_TYPES[type] ? t(SERVICE_TYPES[type]) : h('code', {}, type);
}

/** The same as text, for a label or an announcement. */
export function serviceLabel(type) {
  return SERVICE_TYPES[type] ? t(SERVICE_TYPES[type]) : type;
}

let staff = null;

/** Every user's full name by username (GET /api/v1/staff), fetched once per page load. */
export function staffNames() {
  staff = staff || api('v1/staff').catch(() => {
    staff = null;
    return {};
  });
  return staff;
}

/** A person by full name; a username the platform does not know (a system actor) as the code it is. */
export function person(names, username) {
  if (!username) return '';
  return names[username] || h('code', {}, username);
}

/** The date part of an ISO date or instant, as a day in Finland: 2026-11-29T23:30:00Z is 30.11.2026. */
function finnishDay(iso) {
  const text = String(iso);
  if (text.length <= 10) return text;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date(text)); // sv-SE writes YYYY-MM-DD
}

// ---- session and REST -----------------------------------------------------------------------

export function setSession(s) {
  session = s;
}

/** The session as the server last described it (its idle limit in idleSeconds). */
export function sessionInfo() {
  return session;
}

export function currentUser() {
  return session ? session.user : null;
}

export function hasRole(role) {
  return !!session && session.user.roles.includes(role);
}

/** A refusal from the API: status, the person-readable message, and per-field messages. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
    this.fields = (body && body.fields) || {};
  }
}

let reauthenticate = null;
let lastActivity = Date.now();

/**
 * The shell's way to log the same user in again when a session ended under a page: a promise of
 * true when they did (the request is then sent again), false when they gave up.
 */
export function setReauthenticator(fn) {
  reauthenticate = fn;
}

/** When the server last saw this user (a request answered): the idle limit counts from it. */
export function lastServerContact() {
  return lastActivity;
}

/**
 * Calls /api/<path>; writes carry the session's CSRF token; a refusal throws ApiError. When the
 * session has ended, the user logs in again in a dialog over the page and the request goes on:
 * what they were writing is not lost.
 */
export async function api(path, { method = 'GET', body } = {}, retried = false) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': lang() };
  if (method !== 'GET' && session) {
    headers['X-CSRF-Token'] = session.csrfToken;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch('/api/' + path, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { message: t({ fi: 'Palvelimeen ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
      sv: 'Ingen kontakt med servern. Kontrollera nätverket och försök igen.',
      en: 'The server cannot be reached. Check the network and try again.' }) });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = { message: text }; }
  }
  if (response.status === 401 && path !== 'session') {
    if (session && reauthenticate && !retried && await reauthenticate()) {
      return api(path, { method, body }, true);
    }
    window.dispatchEvent(new CustomEvent('polku:logged-out'));
  } else if (session) {
    lastActivity = Date.now();
  }
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

/** Sends a file's bytes as application/octet-stream (an admin's bundle upload); a refusal throws ApiError. */
export async function upload(path, file) {
  const response = await fetch('/api/' + path, { method: 'POST', credentials: 'same-origin', body: file,
    headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': lang(), 'Content-Type': 'application/octet-stream',
      'X-CSRF-Token': session ? session.csrfToken : '' } });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = { message: text }; }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/**
 * Downloads a file the API makes (a CSV export) under the session, saved with the given name; a
 * refusal throws ApiError. The file is made in memory and never stays in the address bar or history.
 */
export async function download(path, filename) {
  const response = await fetch('/api/' + path, { credentials: 'same-origin',
    headers: { 'Accept-Language': lang(), Accept: 'text/csv, application/problem+json' } });
  if (!response.ok) {
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    throw new ApiError(response.status, data);
  }
  saveBlob(await response.blob(), filename);
}

/** A table's figures as a CSV file (;-separated, UTF-8 with BOM, as spreadsheets in Finland open it), made in the browser. */
export function saveCsv(filename, headers, rows) {
  const cell = v => {
    let text = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; // never a formula in a spreadsheet
    return '"' + text.replace(/"/g, '""') + '"';
  };
  const csv = '\uFEFF' + [headers, ...rows].map(r => r.map(cell).join(';')).join('\r\n') + '\r\n';
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename);
}

/** Saves a file made in memory under the given name; it never stays in the address bar or history. */
function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * A table's figures as a spreadsheet file (.xlsx): the rows the user sees, made into a workbook by
 * the exports bundle (numbers stay numbers, nothing becomes a formula). A refusal throws ApiError.
 */
export async function saveXlsx(filename, title, headers, rows) {
  const response = await fetch('/api/v1/exports/table.xlsx', { method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang(), 'X-CSRF-Token': session ? session.csrfToken : '',
      Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' },
    body: JSON.stringify({ title, headers, rows }) });
  if (!response.ok) {
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    throw new ApiError(response.status, data);
  }
  saveBlob(await response.blob(), filename);
}

/** Counts of 1 to 4 as "<5", so that nobody can be recognised in statistics for publication. */
export function suppressSmall(rows) {
  return rows.map(r => r.map(v => (typeof v === 'number' && v > 0 && v < 5 ? '<5' : v)));
}

const EXPORT = {
  csv: { fi: 'Lataa CSV', sv: 'Ladda ner CSV', en: 'Download CSV' },
  xlsx: { fi: 'Lataa Excel', sv: 'Ladda ner Excel', en: 'Download Excel' },
  publication: { fi: 'Julkaistavaksi (alle 5 piilotettu)', sv: 'För publicering (under 5 dolda)',
    en: 'For publication (under 5 hidden)' },
  publicationHint: { fi: 'Alle viiden henkilön luvut näkyvät muodossa <5, jottei ketään voi tunnistaa.',
    sv: 'Tal under fem personer visas som <5, så att ingen kan kännas igen.',
    en: 'Counts of fewer than five people show as <5, so that nobody can be recognised.' },
  capped: { fi: 'Tiedostoon otettiin {0} ensimmäistä riviä {1} rivistä; rajaa luetteloa.',
    sv: 'Filen fick de {0} första raderna av {1}; avgränsa listan.', en: 'The file holds the first {0} of {1} rows; narrow the list.' },
};

/** A cell as text for a file: what the table shows (a link's or a badge's words), numbers kept as numbers. */
export function cellText(v) {
  if (v === null || v === undefined || v === false) return '';
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(cellText).join('');
  if (v instanceof Node) return v.textContent;
  return String(v);
}

/**
 * The buttons that save a table as CSV and as Excel; for statistics, also a version for
 * publication with small counts hidden. rows() gives the rows (it may fetch them).
 */
export function exportButtons({ name, title, headers, rows, statistics = false }) {
  const message = h('span', { class: 'export-message', role: 'status' });
  const act = (label, kind, save) => h('button', { type: 'button', class: 'secondary', 'data-export': name + '-' + kind, onclick: async e => {
    const button = e.currentTarget;
    button.disabled = true;
    message.textContent = '';
    try {
      await save(await rows());
    } catch (err) {
      message.replaceChildren(notice('error', err instanceof ApiError ? err.message : String(err)));
    } finally {
      button.disabled = false;
    }
  } }, t(label));
  return h('div', { class: 'actions export' },
    act(EXPORT.csv, 'csv', r => saveCsv(name + '.csv', headers, r)),
    act(EXPORT.xlsx, 'xlsx', r => saveXlsx(name + '.xlsx', title, headers, r)),
    statistics ? act(EXPORT.publication, 'publication', r => saveXlsx(name + '-julkaisu.xlsx', title, headers, suppressSmall(r))) : null,
    statistics ? h('span', { class: 'hint' }, t(EXPORT.publicationHint)) : null,
    message);
}

// ---- DOM ------------------------------------------------------------------------------------

/** Builds an element; strings become text nodes, never HTML, so names cannot inject markup. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2).toLowerCase(), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Tells screen readers (and tests) what just happened. */
export function announce(message) {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = '';
    setTimeout(() => { status.textContent = message; }, 50);
  }
}

/** A page's heading, focused after navigation so keyboard and screen-reader users start there. */
export function heading(text) {
  return h('h1', { tabindex: '-1', class: 'page-title' }, text);
}

export function navigate(hash) {
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** A message box: kind is info, error or success. */
export function notice(kind, text) {
  return h('div', { class: 'notice notice-' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function loading() {
  return h('p', { class: 'loading' }, t({ fi: 'Ladataan…', sv: 'Laddar…', en: 'Loading…' }));
}

// ---- dates ----------------------------------------------------------------------------------

/** 2026-11-29 → 29.11.2026 (the Finnish and Swedish way; English users here read it too). */
export function fmtDate(iso) {
  if (!iso) return '';
  const [y, m, d] = finnishDay(iso).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

export function fmtDateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toLocaleString(lang() === 'en' ? 'en-GB' : lang() + '-FI', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
}

// The area's day is Helsinki's day, whatever zone the device is set to: the server judges
// deadlines and "not in the future" by it, so a form's default date must agree.
export function today() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

// ---- forms ----------------------------------------------------------------------------------

const DATE_FORMAT = { fi: 'Esimerkiksi 3.12.2026 (päivä, kuukausi, vuosi)', sv: 'Till exempel 3.12.2026 (dag, månad, år)',
  en: 'For example 3.12.2026 (day, month, year)' };

/** 3.12.2026 (or 03.12.2026, or 2026-12-03) → 2026-12-03; anything else as typed, for the server to refuse by name. */
export function isoDate(text) {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (finnish) return `${finnish[3]}-${finnish[2].padStart(2, '0')}-${finnish[1].padStart(2, '0')}`;
  return text;
}

let fieldCounter = 0;

/**
 * A labelled field with a place for its error. spec: {name, label, type (text, date, number,
 * email, tel, textarea, select, checkbox), required, options [{value, label}], value, hint}.
 */
export function field(spec) {
  const id = 'f-' + spec.name.replace(/[^a-zA-Z0-9]/g, '-') + '-' + (++fieldCounter);
  const errorId = id + '-error';
  const hintId = spec.hint ? id + '-hint' : null;
  let control;
  const common = { id, name: spec.name, required: spec.required || undefined, 'aria-describedby': hintId || undefined };
  if (spec.type === 'textarea') {
    control = h('textarea', { ...common, rows: spec.rows || 4 });
    control.value = spec.value ?? '';
    control.defaultValue = control.value;
  } else if (spec.type === 'select') {
    control = h('select', common, (spec.options || []).map(o => h('option', { value: o.value }, o.label)));
    if (spec.value !== undefined) control.value = spec.value;
  } else if (spec.type === 'checkbox') {
    control = h('input', { ...common, type: 'checkbox', value: 'true' });
    control.checked = !!spec.value;
  } else if (spec.type === 'date') {
    // Written the Finnish way (3.12.2026) whatever the browser's language: a date picker would follow the browser's.
    control = h('input', { ...common, type: 'text', autocomplete: 'off', inputmode: 'numeric', 'data-date': 'true',
      'aria-describedby': [hintId, id + '-format'].filter(Boolean).join(' '), size: 12, maxlength: 10 });
    control.value = fmtDate(spec.value);
    control.defaultValue = control.value;
  } else {
    control = h('input', { ...common, type: spec.type || 'text', autocomplete: spec.autocomplete || 'off',
      min: spec.min, max: spec.max, inputmode: spec.inputmode });
    control.value = spec.value ?? '';
    control.defaultValue = control.value;
  }
  const label = h('label', { for: id }, spec.label, spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
  const wrapper = h('div', { class: 'field' + (spec.type === 'checkbox' ? ' field-checkbox' : ''), 'data-field': spec.name });
  if (spec.type === 'checkbox') {
    append(wrapper, [control, label]);
  } else {
    append(wrapper, [label, spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
      spec.type === 'date' ? h('p', { class: 'hint', id: id + '-format' }, t(DATE_FORMAT)) : null, control]);
  }
  append(wrapper, [h('p', { class: 'field-error', id: errorId, hidden: true })]);
  return wrapper;
}

/** The form's values as an object; names with dots ("plan.notes") become nested objects. */
export function formValues(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    let value = el.type === 'checkbox' ? el.checked : el.value.trim();
    if (el.dataset.date) value = isoDate(value);
    if (el.type === 'number' && value !== '') value = Number(value);
    if (value === '') value = null;
    const path = el.name.split('.');
    let target = values;
    for (const part of path.slice(0, -1)) target = target[part] = target[part] || {};
    target[path[path.length - 1]] = value;
  }
  return values;
}

/** Shows the server's messages next to their fields; keeps everything typed. */
export function showErrors(form, error) {
  clearErrors(form);
  const summary = form.querySelector('.form-summary');
  const fields = error.fields || {};
  let first = null;
  for (const [name, message] of Object.entries(fields)) {
    const wrapper = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (!wrapper) continue;
    const control = wrapper.querySelector('input, select, textarea');
    const box = wrapper.querySelector('.field-error');
    box.textContent = message;
    box.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), box.id].filter(Boolean).join(' '));
    first = first || control;
  }
  const unplaced = Object.keys(fields).filter(name => !form.querySelector(`[data-field="${CSS.escape(name)}"]`));
  if (summary) {
    const text = Object.keys(fields).length && !unplaced.length
      ? t({ fi: 'Tarkista merkityt kentät.', sv: 'Kontrollera de markerade fälten.', en: 'Check the marked fields.' })
      : error.message;
    clear(summary, notice('error', text));
  }
  (first || summary)?.focus();
}

export function clearErrors(form) {
  for (const box of form.querySelectorAll('.field-error')) {
    box.hidden = true;
    box.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const ids = (control.getAttribute('aria-describedby') || '').split(' ').filter(id => !id.endsWith('-error'));
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' ')); else control.removeAttribute('aria-describedby');
  }
  const summary = form.querySelector('.form-summary');
  if (summary) clear(summary);
}

const DRAFT = {
  restored: { fi: 'Lomakkeelle palautettiin tallentamaton luonnos.', sv: 'Ett osparat utkast återställdes i formuläret.',
    en: 'An unsaved draft was restored to the form.' },
  discard: { fi: 'Hylkää luonnos', sv: 'Kasta utkastet', en: 'Discard the draft' },
  discarded: { fi: 'Luonnos hylättiin.', sv: 'Utkastet kastades.', en: 'The draft was discarded.' },
};

/** Drafts are kept in this tab only (sessionStorage), never past it: a shared workstation forgets them with the tab. */
function draftKey(name) {
  return 'polku.draft.' + (currentUser() ? currentUser().username : '') + '.' + name;
}

/** Forgets every draft of this tab: at logout, so the next user of the workstation finds none. */
export function forgetDrafts() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('polku.draft.')) sessionStorage.removeItem(key);
  }
}

function keepDraft(el, name) {
  const key = draftKey(name);
  let saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(key)); } catch (e) { saved = null; }
  const note = h('div', { class: 'draft-note' });
  if (saved) {
    for (const control of el.elements) {
      if (!control.name || !(control.name in saved)) continue;
      if (control.type === 'checkbox') control.checked = !!saved[control.name];
      else if (control.type === 'radio') control.checked = saved[control.name] === control.value;
      else control.value = saved[control.name];
    }
    clear(note, h('div', { class: 'notice', role: 'status' }, t(DRAFT.restored), ' ',
      h('button', { type: 'button', class: 'secondary', 'data-draft': 'discard', onclick: () => {
        sessionStorage.removeItem(key);
        el.reset();
        clear(note);
        announce(t(DRAFT.discarded));
        el.querySelector('input, select, textarea')?.focus();
      } }, t(DRAFT.discard))));
  }
  let timer = null;
  el.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const values = {};
      for (const control of el.elements) {
        if (!control.name || control.type === 'password') continue;
        if (control.type === 'radio') { if (control.checked) values[control.name] = control.value; continue; }
        values[control.name] = control.type === 'checkbox' ? control.checked : control.value;
      }
      sessionStorage.setItem(key, JSON.stringify(values));
    }, 300);
  });
  el.prepend(note);
  return () => { clearTimeout(timer); sessionStorage.removeItem(key); clear(note); };
}

/**
 * A form that sends once: while a submission is under way another is ignored, so a double
 * click or Enter twice saves once. onSubmit(values) returns a promise; an ApiError from it is
 * shown next to the fields. With { draft: name } what is typed is kept in this browser tab until
 * it is saved or discarded: a reload, or a session that ended, loses nothing.
 */
export function form(children, submitLabel, onSubmit, { draft } = {}) {
  const summary = h('div', { class: 'form-summary', tabindex: '-1' });
  const button = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const el = h('form', { novalidate: true }, summary, children, h('div', { class: 'form-actions' }, button));
  const forget = draft ? keepDraft(el, draft) : () => {};
  el.addEventListener('submit', async event => {
    event.preventDefault();
    if (el.dataset.busy) return;
    el.dataset.busy = 'true';
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      clearErrors(el);
      await onSubmit(formValues(el), el);
      forget();
    } catch (e) {
      if (e instanceof ApiError) showErrors(el, e); else throw e;
    } finally {
      delete el.dataset.busy;
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
  return el;
}

/**
 * A row's decisions with a note beside them (a partner's accept or decline, a provider's select or
 * interrupt): one button per action, labelled for screen readers with the person it concerns. Each
 * sends the note through send(action, note); a refusal of the note is said beside the field, any
 * other refusal in `message`; after(action) runs when it succeeded.
 */
export function decisions({ key, who, noteLabel, hint, actions, send, after, message }) {
  const hintId = hint ? 'note-hint-' + key : null;
  const note = h('input', { id: 'note-' + key, type: 'text', maxlength: 1000, 'aria-describedby': hintId || undefined });
  const error = h('p', { class: 'field-error', id: 'note-error-' + key, hidden: true });
  return h('div', {},
    h('div', { class: 'field' }, h('label', { for: note.id }, noteLabel), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, note, error),
    h('div', { class: 'actions' }, actions.map(({ action, label }) => h('button', { type: 'button', class: 'secondary',
      'aria-label': label + ': ' + who, onclick: async () => {
        try {
          await send(action, note.value.trim() || null);
          await after(action);
        } catch (e) {
          if (e instanceof ApiError && e.fields.note) {
            error.textContent = e.fields.note;
            error.hidden = false;
            note.setAttribute('aria-invalid', 'true');
            note.setAttribute('aria-describedby', [hintId, error.id].filter(Boolean).join(' '));
            note.focus();
            return;
          }
          clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
        }
      } }, label))));
}

// ---- tables ---------------------------------------------------------------------------------

/**
 * A table with a caption and column headers; rows are arrays of cells (strings or nodes). It sits
 * in a box of its own that scrolls sideways when the table is wider than the screen (WCAG
 * 1.4.10): the page never does. A box that scrolls can be reached with the keyboard.
 * headers may be nodes (a sortable column's button); sortKeys gives a th its aria-sort.
 */
export function table(caption, headers, rows, { rowClass, sorted } = {}) {
  const el = h('table', { class: 'data' },
    h('caption', { tabindex: '-1' }, caption),
    h('thead', {}, h('tr', {}, headers.map((x, i) => h('th', { scope: 'col', 'aria-sort': sorted && sorted[i] ? sorted[i] : undefined }, x)))),
    h('tbody', {}, rows.map((cells, i) => h('tr', { class: rowClass ? rowClass(i) : undefined }, cells.map(c => h('td', {}, c))))));
  return scrollBox(el, typeof caption === 'string' ? caption : el.caption.textContent);
}

function scrollBox(content, label) {
  const box = h('div', { class: 'table-scroll' }, content);
  if (window.ResizeObserver) {
    new ResizeObserver(() => {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }).observe(box);
  }
  return box;
}

const LIST = {
  showing: { fi: 'Näytetään {0}–{1} / {2}', sv: 'Visar {0}–{1} av {2}', en: 'Showing {0}–{1} of {2}' },
  showingOver: { fi: 'Näytetään {0}–{1} / yli {2}', sv: 'Visar {0}–{1} av över {2}', en: 'Showing {0}–{1} of more than {2}' },
  previous: { fi: 'Edelliset', sv: 'Föregående', en: 'Previous' },
  next: { fi: 'Seuraavat', sv: 'Nästa', en: 'Next' },
  all: { fi: 'Kaikki', sv: 'Alla', en: 'All' },
  show: { fi: 'Näytä', sv: 'Visa', en: 'Show' },
  sortBy: { fi: 'Järjestä: {0}', sv: 'Sortera: {0}', en: 'Sort by {0}' },
  pages: { fi: 'Sivut', sv: 'Sidor', en: 'Pages' },
  filters: { fi: 'Rajaa luetteloa', sv: 'Avgränsa listan', en: 'Filter the list' },
};

/** A shell text with {0}, {1} ... filled in. */
function say(texts, ...args) {
  return fill(t(texts), args);
}

/** "Showing 101–151 of 151" for a page of a list, in the user's language; empty for an empty list. */
export function pageStatus(page) {
  // A long list's total is counted only so far (totalIsAtLeast): "of more than 1 000".
  return page.total ? say(page.totalIsAtLeast ? LIST.showingOver : LIST.showing, page.items.length ? page.offset + 1 : 0,
    page.offset + page.items.length, page.totalIsAtLeast ? page.total.toLocaleString(lang() === 'en' ? 'en-GB' : lang() + '-FI') : page.total) : '';
}

/** The previous and next buttons of a paged list (none when it fits on one page); move(offset) shows another page. */
export function pageButtons(page, move) {
  if (page.total <= page.limit && page.offset === 0) return [];
  const button = (label, offset, disabled, name) => h('button', { type: 'button', class: 'secondary', 'data-page': name,
    disabled: disabled || undefined, onclick: () => move(offset) }, t(label));
  return [button(LIST.previous, Math.max(0, page.offset - page.limit), page.offset === 0, 'previous'),
    button(LIST.next, page.offset + page.limit, !page.totalIsAtLeast && page.offset + page.items.length >= page.total, 'next')];
}

function remembered(key) {
  try {
    return JSON.parse(localStorage.getItem(key)) || {};
  } catch (e) {
    return {};
  }
}

/**
 * A list the server pages ({@code ?offset=&limit=}, answering {total, items}): filters, columns
 * sorted by a click on their heading, "showing 1–100 of 151" and the next and previous pages. The
 * user's filters and order are remembered in this browser for this user and list (never a
 * customer's data: only the choices). spec: { key, caption(page), path, params, filters: [{name,
 * label, options: [{value, label}]}], columns: [{label, sort, cell(row)}], rowClass(row), limit,
 * empty, onPage(page), onError(e): true when it dealt with a refusal, exportName and exportTitle: the
 * file name and sheet title of its CSV and Excel buttons (none without) }. Returns { element, load }.
 */
const EXPORT_ROWS = 10000;

export function pagedList(spec) {
  const storeKey = 'polku.list.' + (currentUser() ? currentUser().username : '') + '.' + spec.key;
  const state = { sort: spec.sort || '', filters: {}, ...remembered(storeKey), offset: 0 };
  const limit = spec.limit || 100;
  const save = () => localStorage.setItem(storeKey, JSON.stringify({ sort: state.sort, filters: state.filters }));
  const status = h('p', { class: 'list-status', id: 'list-status-' + spec.key });
  const body = h('div', { class: 'list-body' });
  const pager = h('nav', { class: 'pager', 'aria-label': t(LIST.pages) });
  let filterForm = null;
  if (spec.filters && spec.filters.length) {
    filterForm = h('form', { class: 'search list-filters', 'aria-label': t(LIST.filters), onsubmit: e => {
      e.preventDefault();
      state.filters = {};
      for (const f of spec.filters) {
        const value = filterForm.elements[f.name].value;
        if (value) state.filters[f.name] = value;
      }
      state.offset = 0;
      save();
      load();
    } }, spec.filters.map(f => {
      const id = 'filter-' + spec.key + '-' + f.name;
      const select = h('select', { id, name: f.name },
        h('option', { value: '' }, t(LIST.all)), f.options.map(o => h('option', { value: o.value }, o.label)));
      select.value = state.filters[f.name] || '';
      if (select.value !== (state.filters[f.name] || '')) delete state.filters[f.name]; // a choice no longer offered
      return h('div', { class: 'field' }, h('label', { for: id }, f.label), select);
    }), h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'secondary' }, t(LIST.show))));
  }
  // Every row of the list with its filters and order, as the columns show them, for a file (at most EXPORT_ROWS).
  const allRows = async () => {
    const rows = [];
    let total = 0;
    let more = false;
    for (let offset = 0; offset < EXPORT_ROWS; offset += 100) {
      const q = new URLSearchParams({ ...(spec.params || {}), ...state.filters, offset: String(offset), limit: '100' });
      if (state.sort) q.set('sort', state.sort);
      const page = await api(spec.path + (spec.path.includes('?') ? '&' : '?') + q);
      total = page.total;
      more = page.totalIsAtLeast || offset + 100 < page.total;
      rows.push(...page.items.map(r => spec.columns.map(c => cellText(c.cell(r)))));
      if (!more || page.items.length < 100) break;
    }
    if (more && rows.length >= EXPORT_ROWS) announce(say(EXPORT.capped, rows.length, total + (total > rows.length ? '' : '+')));
    else if (total > rows.length) announce(say(EXPORT.capped, rows.length, total));
    return rows;
  };
  const exports = spec.exportName ? exportButtons({ name: spec.exportName, title: spec.exportTitle || spec.exportName,
    headers: spec.columns.map(c => c.label), rows: allRows }) : null;
  const element = h('div', { class: 'paged-list', 'data-list': spec.key }, filterForm, status, exports, body, pager);

  async function load() {
    clear(body, loading());
    const q = new URLSearchParams({ ...(spec.params || {}), ...state.filters, offset: String(state.offset), limit: String(limit) });
    if (state.sort) q.set('sort', state.sort);
    let page;
    try {
      page = await api(spec.path + (spec.path.includes('?') ? '&' : '?') + q);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && (state.sort || Object.keys(state.filters).length)) {
        // A remembered choice the list no longer takes: forgotten, and the list shown without it.
        state.sort = spec.sort || '';
        state.filters = {};
        save();
        return load();
      }
      if (spec.onError && spec.onError(e)) return;
      clear(body, notice('error', e instanceof ApiError ? e.message : String(e)));
      return;
    }
    if (spec.onPage) spec.onPage(page);
    status.textContent = pageStatus(page);
    if (!page.items.length) {
      clear(body, notice('info', spec.empty));
    } else {
      const sortedAs = spec.columns.map(c => (!c.sort ? null
        : state.sort === c.sort ? 'ascending' : state.sort === '-' + c.sort ? 'descending' : null));
      const headers = spec.columns.map((c, i) => (c.sort ? h('button', { type: 'button', class: 'sort', 'data-sort': c.sort,
        'aria-label': say(LIST.sortBy, c.label), onclick: () => {
          state.sort = sortedAs[i] === 'ascending' ? '-' + c.sort : c.sort;
          state.offset = 0;
          save();
          load().then(() => body.querySelector(`button[data-sort="${c.sort}"]`)?.focus());
        } }, c.label, h('span', { 'aria-hidden': 'true' }, sortedAs[i] === 'ascending' ? ' ▲' : sortedAs[i] === 'descending' ? ' ▼' : ''))
        : c.label));
      clear(body, table(spec.caption(page), headers, page.items.map(r => spec.columns.map(c => c.cell(r))),
        { rowClass: spec.rowClass ? i => spec.rowClass(page.items[i]) : undefined, sorted: sortedAs }));
    }
    clear(pager, pageButtons(page, offset => {
      state.offset = offset;
      load().then(() => status.focus());
    }));
    status.tabIndex = -1;
  }
  return { element, load };
}

// ---- confirmations and messages -------------------------------------------------------------

const DIALOG = {
  confirm: { fi: 'Vahvista', sv: 'Bekräfta', en: 'Confirm' },
  cancel: { fi: 'Peruuta', sv: 'Avbryt', en: 'Cancel' },
};

/**
 * Asks before a consequential action and shows what it will affect; resolves true only when the
 * user confirms. A modal dialog: focus is held in it, Escape cancels, focus returns afterwards.
 */
export function confirmAction({ title, effects, confirmLabel }) {
  return new Promise(resolve => {
    const back = document.activeElement;
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' },
      h('h2', { id: 'confirm-title' }, title),
      h('ul', { class: 'effects' }, (effects || []).map(e => h('li', {}, e))),
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'primary', id: 'confirm-yes', onclick: () => close(true) }, confirmLabel || t(DIALOG.confirm)),
        h('button', { type: 'button', class: 'secondary', id: 'confirm-no', onclick: () => close(false) }, t(DIALOG.cancel))));
    function close(answer) {
      dialog.close();
      dialog.remove();
      back?.focus?.();
      resolve(answer);
    }
    dialog.addEventListener('cancel', e => { e.preventDefault(); close(false); });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('#confirm-no').focus();
  });
}

/** A success everyone sees (a message at the top of the page for a while), and screen readers hear. */
export function saved(message) {
  let box = document.getElementById('toast');
  if (!box) {
    box = h('div', { id: 'toast', class: 'toast', role: 'status' });
    document.body.append(box);
  }
  clear(box, h('div', { class: 'notice notice-success' }, message));
  clearTimeout(box.timer);
  box.timer = setTimeout(() => clear(box), 8000);
}

// ---- slots ----------------------------------------------------------------------------------

/** The contributions visible to this user, for one slot; with a municipality, those for its residents. */
export async function contributions(slot, municipality) {
  const all = await api('v1/console/contributions' + (municipality ? '?municipality=' + encodeURIComponent(municipality) : ''));
  // A bundle's texts come with its contributions; its scripts (and their helpers) read them by the folder they are served from.
  for (const c of all) {
    const folder = c.script.substring(0, c.script.lastIndexOf('/') + 1);
    bundleTexts[folder] = { ...(bundleTexts[folder] || {}), ...(c.texts || {}) };
  }
  return slot ? all.filter(c => c.slot === slot) : all;
}

const bundleTexts = {};

/** {0}, {1} ... of a text filled in with the arguments, as the server's catalogue does. */
function fill(text, args) {
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/**
 * text(key, ...args) for the scripts served from a folder (e.g. '/console/case/'): the "console."
 * keys of that bundle's catalogue in the user's language, as the console got them with the
 * bundle's contributions. A missing key shows as the key and is logged; the build's catalogue test
 * and the browser tests keep that from happening.
 */
export function textsFor(folder) {
  return (key, ...args) => {
    const text = (bundleTexts[folder] || {})[key];
    if (text === undefined) {
      console.error('No console text', key, 'for', folder);
      return key;
    }
    return fill(text, args);
  };
}

/**
 * A contribution's own text: the key (without "console.") from its bundle's catalogue, in the
 * user's language as the server gave it, with {0}, {1} ... filled in. A missing key shows as the
 * key, which the build's catalogue test and the browser tests keep from happening.
 */
function textsOf(contribution) {
  const texts = contribution.texts || {};
  return (key, ...args) => {
    const text = texts[key];
    if (text === undefined) {
      console.error('No console text', key, 'in the catalogue of', contribution.id);
      return key;
    }
    return fill(text, args);
  };
}

/**
 * Renders one contribution into root; a failing one shows a notice and leaves the rest alone. Its
 * script gets context.text(key, ...args) for its own texts.
 */
export async function renderContribution(contribution, root, context) {
  try {
    const module = await import(contribution.script);
    await module.default(root, { ...context, contribution, text: textsOf(contribution) });
  } catch (e) {
    console.error('Contribution failed', contribution.id, e);
    clear(root, notice('error', e instanceof ApiError && e.status !== 503 && e.status !== 0 ? e.message
      : t({ fi: 'Palvelu ei ole juuri nyt käytettävissä.', sv: 'Tjänsten är inte tillgänglig just nu.',
        en: 'Service not available at the moment.' })));
  }
}

/** Renders every contribution of a slot, each in its own section with its label as heading. */
export async function renderSlot(slot, root, context, municipality) {
  const list = await contributions(slot, municipality);
  clear(root);
  for (const c of list) {
    const body = h('div', { class: 'slot-body' }, loading());
    root.append(h('section', { class: 'slot-item slot-' + slot, 'data-contribution': c.id, 'aria-label': t(c.labels) },
      h('h2', {}, t(c.labels)), body));
    renderContribution(c, body, context);
  }
  return list;
}

/** Tabs (WAI-ARIA tabs pattern, arrow keys move between them) filled by contributions. */
export function tabs(list, root, context) {
  const tablist = h('div', { role: 'tablist', class: 'tabs', 'aria-label': context.tabsLabel || '' });
  const panel = h('div', { role: 'tabpanel', class: 'tab-panel', tabindex: '0' });
  const buttons = list.map((c, i) => h('button', {
    role: 'tab', type: 'button', id: 'tab-' + c.id, 'data-contribution': c.id, 'aria-controls': 'tab-panel',
    'aria-selected': 'false', tabindex: '-1',
    onclick: () => select(i),
    onkeydown: e => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) { e.preventDefault(); select((i + step + list.length) % list.length, true); }
    },
  }, t(c.labels)));
  panel.id = 'tab-panel';
  function select(index, focus) {
    buttons.forEach((b, j) => {
      b.setAttribute('aria-selected', String(j === index));
      b.tabIndex = j === index ? 0 : -1;
    });
    if (focus) buttons[index].focus();
    panel.setAttribute('aria-labelledby', buttons[index].id);
    // A view of its own per selection: a slow earlier tab finishes into a detached view.
    const view = h('div', {}, loading());
    clear(panel, view);
    if (context.onSelect) context.onSelect(list[index].id);
    renderContribution(list[index], view, context);
  }
  append(tablist, buttons);
  clear(root, tablist, panel);
  if (list.length) select(Math.max(0, list.findIndex(c => c.id === context.initialTab)));
  return { select };
}

// ---- charts ---------------------------------------------------------------------------------

let chartLibrary;

function loadChart() {
  chartLibrary = chartLibrary || new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/console/shell/vendor/chart.umd.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = () => {
      chartLibrary = null; // the next chart tries again
      script.remove();
      reject(new Error('Chart.js did not load'));
    };
    document.head.append(script);
  });
  return chartLibrary;
}

// Colours that keep 3:1 contrast against white, told apart by more than hue.
const PALETTE = ['#004f7c', '#b35900', '#1d6b32', '#6a2c91', '#a10e22'];

/**
 * A bar chart drawn in the browser. The canvas is an image with a summary label; callers show
 * the same figures in a table too, which is what screen readers and keyboard users read.
 */
let liveCharts = [];

/** Called by the shell when the user leaves a page: Chart.js keeps every chart until it is destroyed. */
export function releaseCharts() {
  for (const chart of liveCharts) chart.destroy();
  liveCharts = [];
}

export async function barChart(root, { label, labels, datasets, stacked = false, max }) {
  const Chart = await loadChart();
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  root.append(h('div', { class: 'chart' }, canvas));
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: datasets.map((d, i) => ({ backgroundColor: PALETTE[i % PALETTE.length], ...d })) },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked }, y: { stacked, beginAtZero: true, max } } },
  });
  liveCharts.push(chart);
  return chart;
}
