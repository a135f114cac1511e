// The customer's placement tab: the job-search profile (the basis of matching, with the consent to
// be presented to employers), the job offers made to the customer with the response and outcome,
// and the months' reported applications beside the employment plan's number.
import { api, ApiError, clear, field, fmtDate, form, h, notice, saved, t, table, today } from '/console/shell/polku.js';
import { languageName, municipalityName, org } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const { customer } = context;
  const [profile, offers, reports, occupations, o] = await Promise.all([
    api('v1/customers/' + customer.id + '/job-search-profile'), api('v1/customers/' + customer.id + '/job-offers'),
    api('v1/customers/' + customer.id + '/work-search-reports'), api('v1/occupations'), org()]);
  const again = async message => {
    saved(message);
    await render(root, context);
    root.querySelector('h2')?.focus();
  };
  const names = new Map(occupations.map(x => [x.code, t(x.names)]));
  clear(root,
    h('h2', { tabindex: '-1' }, text('placement.profile')),
    profileForm(customer, profile, occupations, o, again),
    h('h2', {}, text('placement.offers')),
    offers.length ? offerTable(offers, names, again) : h('p', {}, text('placement.no-offers')),
    h('h2', {}, text('placement.reports')),
    reports.length ? table(text('placement.reports'), [text('placement.month'), text('placement.applications'), text('placement.required')],
      reports.map(r => [r.month, String(r.applications), r.shortfall ? h('strong', {}, String(r.required), ' – ', text('placement.shortfall'))
        : String(r.required)])) : h('p', {}, text('placement.no-reports')),
    reportForm(customer, again));
}

function profileForm(customer, p, occupations, o, again) {
  const select = h('select', { id: 'placement-occupations', name: 'occupations', multiple: true, size: 8, required: true },
    occupations.map(x => h('option', { value: x.code, selected: p.occupations.includes(x.code) || undefined }, x.code + ' ' + t(x.names))));
  const occupationField = h('div', { class: 'field', 'data-field': 'occupations' },
    h('label', { for: select.id }, text('placement.occupations'), h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
    h('p', { class: 'hint', id: 'placement-occupations-hint' }, text('placement.occupations-hint')), select,
    h('p', { class: 'field-error', id: 'placement-occupations-error', hidden: true }));
  select.setAttribute('aria-describedby', 'placement-occupations-hint');
  const places = h('fieldset', { class: 'field', 'data-field': 'municipalities' }, h('legend', {}, text('placement.places')),
    h('p', { class: 'hint' }, text('placement.places-hint')),
    o.municipalities.map(m => field({ name: 'place-' + m.code, type: 'checkbox', label: municipalityName(o, m.code),
      value: p.municipalities.includes(m.code) })),
    h('p', { class: 'field-error', hidden: true }));
  const el = form([
    occupationField, places,
    field({ name: 'languages', label: text('placement.languages'), hint: text('placement.languages-hint'),
      value: p.languages.join(', ') || (customer.motherTongue || customer.language || 'fi') }),
    field({ name: 'skills', type: 'textarea', rows: 2, label: text('placement.skills'), hint: text('placement.skills-hint'),
      value: p.skills.join(', ') }),
    field({ name: 'education', label: text('placement.education'), value: p.education || '' }),
    field({ name: 'availableFrom', type: 'date', label: text('placement.available-from'), value: p.availableFrom || '' }),
    field({ name: 'drivingLicence', type: 'checkbox', label: text('placement.driving-licence'), value: p.drivingLicence }),
    field({ name: 'consentToPresent', type: 'checkbox', label: text('placement.consent'), value: p.consentToPresent }),
  ], text('placement.save'), async (values, formEl) => {
    const body = {
      occupations: [...select.selectedOptions].map(x => x.value),
      municipalities: o.municipalities.filter(m => values['place-' + m.code]).map(m => m.code),
      languages: split(values.languages), skills: split(values.skills), education: values.education,
      availableFrom: values.availableFrom, drivingLicence: values.drivingLicence, consentToPresent: values.consentToPresent,
      version: p.version,
    };
    await api('v1/customers/' + customer.id + '/job-search-profile', { method: 'PUT', body });
    await again(text('placement.saved'));
  });
  el.classList.add('placement-profile');
  return h('div', {}, p.version ? h('p', { class: 'hint' }, text('placement.languages-now', p.languages.map(languageName).join(', ') || '–')) : null, el);
}

function offerTable(offers, names, again) {
  return table(text('placement.offers'), [text('placement.vacancy'), text('placement.offered-on'), text('placement.response'),
    text('placement.outcome')], offers.map(x => [
    [h('strong', {}, x.vacancyTitle), h('br'), x.employerName, h('br'), names.get(x.occupationCode) || x.occupationCode],
    fmtDate(x.offeredOn),
    x.response ? [text('placement.response.' + x.response), x.responseNote ? [h('br'), x.responseNote] : null]
      : actions(x, [['applied', 'placement.mark-applied'], ['not-applied', 'placement.mark-not-applied']], 'response', again),
    x.outcome ? text('placement.outcome.' + x.outcome) : x.response === 'applied'
      ? actions(x, [['hired', 'placement.mark-hired'], ['not-hired', 'placement.mark-not-hired']], 'outcome', again) : '–']),
  { rowClass: () => 'job-offer' });
}

/** Buttons that record a response (a reason asked for "not applied") or an outcome. */
function actions(offer, choices, kind, again) {
  const message = h('div', { role: 'status' });
  return h('div', { class: 'actions' }, choices.map(([value, key]) => h('button', { type: 'button', class: 'secondary',
    'aria-label': text(key) + ': ' + offer.vacancyTitle, onclick: async () => {
      let note = null;
      if (value === 'not-applied') {
        note = window.prompt(text('placement.why-not'));
        if (!note) return;
      }
      try {
        await api('v1/job-offers/' + offer.id + '/' + kind, { method: 'POST', body: kind === 'response' ? { response: value, note } : { outcome: value } });
        await again(text('placement.recorded'));
      } catch (e) {
        clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
      }
    } }, text(key))), message);
}

function reportForm(customer, again) {
  const month = today().slice(0, 7);
  const el = form([
    field({ name: 'month', required: true, label: text('placement.month'), hint: text('placement.month-hint'), value: month }),
    field({ name: 'applications', type: 'number', required: true, min: 0, max: 1000, label: text('placement.applications') }),
  ], text('placement.report'), async values => {
    const r = await api('v1/customers/' + customer.id + '/work-search-reports', { method: 'POST', body: values });
    await again(r.shortfall ? text('placement.follow-up-raised') : text('placement.recorded'));
  });
  el.classList.add('placement-report');
  return el;
}

function split(value) {
  return (value || '').split(',').map(x => x.trim()).filter(Boolean);
}
