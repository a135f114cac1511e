// The employer services' page: find or add an employer; an employer's contact people, the log of
// visits, events and advice, and vacancies; a vacancy's candidates from the core's matching with
// the reasons, job offers made from there, and job seekers presented to the employer (with consent).
import { api, ApiError, clear, field, fmtDate, form, h, heading, loading, notice, pagedList, person, saved, staffNames, t, table, today } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';

export const TITLE = names('page.title');
const TOPICS = ['labour-availability', 'recruitment', 'business-start', 'business-development', 'change-security', 'subsidies', 'other'];
const KINDS = ['visit', 'event', 'advice', 'phone', 'email'];
let organisation;

/** The area's municipalities with their names, from the core (fetched once per page load). */
function area() {
  organisation = organisation || api('v1/organisation');
  return organisation;
}

function place(o, code) {
  const m = o.municipalities.find(x => x.code === code);
  return m ? t(m.names) : code;
}

export default async function render(root) {
  const o = await area();
  const results = h('div', { id: 'employer-results' });
  const detail = h('div', { id: 'employer-detail' });
  const search = form([field({ name: 'q', label: text('page.search'), hint: text('page.search-hint') })], text('page.find'), async values => {
    // One page at a time with the total, as every list of the console: never cut silently.
    const list = pagedList({ key: 'employers', exportName: 'polku-employers', exportTitle: t(TITLE), path: 'v1/employers', params: { q: values.q || '' }, limit: 50,
      caption: page => text('page.results', page.total), empty: text('page.none-found'), columns: [
        { label: text('page.name'), cell: e => h('button', { type: 'button', class: 'secondary employer-open', onclick: () => show(detail, e.id) },
          e.name) },
        { label: text('page.business-id'), cell: e => e.businessId },
      ] });
    clear(results, list.element);
    await list.load();
  });
  search.classList.add('employer-search');
  clear(root, heading(t(TITLE)), h('p', {}, text('page.intro')), search, results, h('h2', {}, text('page.new')), newEmployer(detail, o), detail);
}

function newEmployer(detail, o) {
  const el = form([
    field({ name: 'businessId', required: true, label: text('page.business-id'), hint: text('page.business-id-hint') }),
    field({ name: 'name', required: true, label: text('page.name') }),
    field({ name: 'sector', type: 'select', label: text('page.sector'), options: [{ value: '', label: '–' },
      ...'ABCDEFGHIJKLMNOPQRSTU'.split('').map(s => ({ value: s, label: s + ' ' + text('sector.' + s) }))] }),
    field({ name: 'municipalityCode', type: 'select', required: true, label: text('page.municipality'),
      options: o.municipalities.map(m => ({ value: m.code, label: t(m.names) })) }),
    field({ name: 'consentToContact', type: 'checkbox', label: text('page.consent-to-contact') }),
    field({ name: 'presentationWay', label: text('page.presentation-way') }),
  ], text('page.add'), async values => {
    const e = await api('v1/employers', { method: 'POST', body: values });
    saved(text('page.added'));
    await show(detail, e.id);
  });
  el.classList.add('employer-new');
  return el;
}

async function show(detail, id) {
  clear(detail, loading());
  const [e, vacancies, occupations, people, o] = await Promise.all([api('v1/employers/' + id), api('v1/employers/' + id + '/vacancies'),
    api('v1/occupations'), staffNames(), area()]);
  const occ = new Map(occupations.map(o => [o.code, t(o.names)]));
  const again = async message => {
    saved(message);
    await show(detail, id);
  };
  clear(detail,
    h('h2', { tabindex: '-1', id: 'employer-name' }, e.name),
    h('dl', { class: 'facts' },
      h('dt', {}, text('page.business-id')), h('dd', {}, e.businessId),
      h('dt', {}, text('page.sector')), h('dd', {}, e.sector ? e.sector + ' ' + text('sector.' + e.sector) : '–'),
      h('dt', {}, text('page.municipality')), h('dd', {}, place(o, e.municipalityCode)),
      h('dt', {}, text('page.consent-to-contact')), h('dd', {}, text(e.consentToContact ? 'page.yes' : 'page.no')),
      h('dt', {}, text('page.presentation-way')), h('dd', {}, e.presentationWay || '–')),
    e.served ? null : notice('info', text('page.not-served')),
    h('h3', {}, text('page.contacts')),
    e.contacts.length ? h('ul', {}, e.contacts.map(c => h('li', {}, [c.name, c.title, c.phone, c.email].filter(Boolean).join(', '))))
      : h('p', {}, text('page.no-contacts')),
    e.served ? named('employer-contact-form', form([
      field({ name: 'name', required: true, label: text('page.contact-name') }),
      field({ name: 'title', label: text('page.contact-title') }),
      field({ name: 'phone', type: 'tel', label: text('page.phone') }),
      field({ name: 'email', type: 'email', label: text('page.email') }),
    ], text('page.add-contact'), async values => {
      await api('v1/employers/' + id + '/contacts', { method: 'POST', body: values });
      await again(text('page.added'));
    })) : null,
    h('h3', {}, text('page.log')),
    e.events.length ? h('ul', { class: 'employer-log' }, e.events.map(x => h('li', {},
      h('strong', {}, fmtDate(x.happenedOn) + ' ' + text('kind.' + x.kind) + ': ' + text('topic.' + x.topic)),
      x.dismissed ? ' (' + text('page.dismissed-n', x.dismissed) + ')' : '', ' – ', person(people, x.recordedBy), h('br'), x.notes)))
      : h('p', {}, text('page.no-log')),
    e.served ? named('employer-event-form', form([
      field({ name: 'kind', type: 'select', required: true, label: text('page.kind'), options: KINDS.map(k => ({ value: k, label: text('kind.' + k) })) }),
      field({ name: 'topic', type: 'select', required: true, label: text('page.topic'), options: TOPICS.map(k => ({ value: k, label: text('topic.' + k) })) }),
      field({ name: 'happenedOn', type: 'date', required: true, label: text('page.happened-on'), value: today() }),
      field({ name: 'dismissed', type: 'number', min: 1, label: text('page.dismissed'), hint: text('page.dismissed-hint') }),
      field({ name: 'notes', type: 'textarea', rows: 3, required: true, label: text('page.notes') }),
    ], text('page.add-event'), async values => {
      await api('v1/employers/' + id + '/events', { method: 'POST', body: values });
      await again(text('page.added'));
    })) : null,
    h('h3', {}, text('page.vacancies')),
    vacancies.length ? h('div', {}, vacancies.map(v => vacancy(v, occ, o, again))) : h('p', {}, text('page.no-vacancies')),
    e.served ? h('div', {}, h('h4', {}, text('page.new-vacancy')), newVacancy(e, occupations, o, again)) : null);
  detail.querySelector('h2').focus();
}

function vacancy(v, occ, o, again) {
  const box = h('div', { class: 'vacancy-more' });
  return h('section', { class: 'vacancy', 'aria-label': v.title },
    h('h4', {}, v.title + ' – ' + text('state.' + v.state)),
    h('p', {}, (occ.get(v.occupationCode) || v.occupationCode) + ', ' + place(o, v.municipalityCode) + ', '
      + text('page.positions-n', v.positions) + ', ' + text('page.apply-by', fmtDate(v.applyBy))),
    h('div', { class: 'actions' },
      v.state === 'draft' ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
        await api('v1/vacancies/' + v.id + '/publish', { method: 'POST' });
        await again(text('page.published'));
      } }, text('page.publish')) : null,
      v.state === 'published' ? h('button', { type: 'button', class: 'secondary vacancy-candidates', 'aria-label': text('page.candidates') + ': ' + v.title,
        onclick: () => candidates(box, v) }, text('page.candidates')) : null,
      v.state === 'published' ? h('button', { type: 'button', class: 'secondary', 'aria-label': text('page.close') + ': ' + v.title, onclick: async () => {
        await api('v1/vacancies/' + v.id + '/close', { method: 'POST' });
        await again(text('page.closed'));
      } }, text('page.close')) : null),
    box);
}

async function candidates(box, v) {
  clear(box, loading());
  const [list, offers, shown] = await Promise.all([api('v1/vacancies/' + v.id + '/candidates?limit=50'),
    api('v1/vacancies/' + v.id + '/job-offers'), api('v1/vacancies/' + v.id + '/presentations')]);
  const message = h('div', { role: 'status' });
  const offered = new Set(offers.map(o => o.customerId));
  const presented = new Set(shown.map(p => p.customerId));
  clear(box, message,
    list.length ? table(text('page.candidates-caption', v.title), [text('page.candidate'), text('page.score'), text('page.reasons'), text('page.actions')],
      list.map(c => [c.lastName + ', ' + c.firstName, String(c.score),
        c.reasons.map(r => text('reason.' + r)).join(', ') + (c.matchedSkills.length ? ' (' + c.matchedSkills.join(', ') + ')' : ''),
        h('div', { class: 'actions' },
          offered.has(c.customerId) ? text('page.offered') : h('button', { type: 'button', class: 'secondary candidate-offer',
            'aria-label': text('page.offer') + ': ' + c.firstName + ' ' + c.lastName, onclick: () => act(message, box, v,
              () => api('v1/customers/' + c.customerId + '/job-offers', { method: 'POST', body: { vacancyId: v.id } }), text('page.offer-made')) },
          text('page.offer')),
          presented.has(c.customerId) ? text('page.presented') : c.consentToPresent ? h('button', { type: 'button', class: 'secondary candidate-present',
            'aria-label': text('page.present') + ': ' + c.firstName + ' ' + c.lastName, onclick: () => act(message, box, v,
              () => api('v1/vacancies/' + v.id + '/presentations', { method: 'POST', body: { customerId: c.customerId } }), text('page.presented-now')) },
          text('page.present')) : text('page.no-consent'))]), { rowClass: () => 'candidate' })
      : notice('info', text('page.no-candidates')),
    offers.length ? table(text('page.offers-caption'), [text('page.candidate'), text('page.offered-on'), text('page.response')],
      offers.map(o => [o.lastName + ', ' + o.firstName, fmtDate(o.offeredOn),
        o.outcome ? text('outcome.' + o.outcome) : o.response ? text('response.' + o.response) : '–'])) : null);
}

async function act(message, box, v, call, done) {
  try {
    await call();
    saved(done);
    await candidates(box, v);
  } catch (e) {
    clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
  }
}

function newVacancy(e, occupations, o, again) {
  const el = form([
    field({ name: 'title', required: true, label: text('page.vacancy-title') }),
    field({ name: 'occupationCode', type: 'select', required: true, label: text('page.occupation'),
      options: occupations.map(o => ({ value: o.code, label: o.code + ' ' + t(o.names) })) }),
    field({ name: 'municipalityCode', type: 'select', required: true, label: text('page.municipality'), value: e.municipalityCode,
      options: o.municipalities.map(m => ({ value: m.code, label: t(m.names) })) }),
    field({ name: 'workplace', label: text('page.workplace') }),
    field({ name: 'languages', label: text('page.languages'), hint: text('page.languages-hint'), value: 'fi' }),
    field({ name: 'skills', label: text('page.skills'), hint: text('page.skills-hint') }),
    field({ name: 'drivingLicence', type: 'checkbox', label: text('page.driving-licence') }),
    field({ name: 'requirements', type: 'textarea', rows: 2, label: text('page.requirements') }),
    field({ name: 'startsOn', type: 'date', label: text('page.starts-on') }),
    field({ name: 'endsOn', type: 'date', label: text('page.ends-on'), hint: text('page.ends-on-hint') }),
    field({ name: 'positions', type: 'number', required: true, min: 1, label: text('page.positions'), value: 1 }),
    field({ name: 'howToApply', type: 'textarea', rows: 2, required: true, label: text('page.how-to-apply') }),
    field({ name: 'applyBy', type: 'date', required: true, label: text('page.apply-by-label') }),
    field({ name: 'publish', type: 'checkbox', label: text('page.publish-now'), value: true }),
  ], text('page.add-vacancy'), async values => {
    const split = s => (s || '').split(',').map(x => x.trim()).filter(Boolean);
    await api('v1/vacancies', { method: 'POST', body: { ...values, employerId: e.id, languages: split(values.languages), skills: split(values.skills) } });
    await again(text('page.added'));
  });
  el.classList.add('vacancy-new');
  return el;
}

function named(className, el) {
  el.classList.add(className);
  return el;
}
