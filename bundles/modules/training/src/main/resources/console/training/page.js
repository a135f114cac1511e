// Training for the staff: every course with its seats and application period; a unit lead adds a
// course and sets the joint-purchase appropriation; the applications by funding source (refugee
// background in integration training) and the rules in force with their legal sources.
import { api, ApiError, clear, field, fmtDate, form, h, hasRole, heading, loading, notice, saved, t, table, today } from '/console/shell/polku.js';
import { centsOf, euros, names, text } from './catalogue.js';
import { courseTable } from './tab.js';

export const TITLE = names('courses.caption');
const KINDS = ['labour-market', 'entrepreneurial', 'integration', 'change-security', 'joint-purchase'];

export default async function render(root, context) {
  clear(root, heading(t(TITLE)), loading());
  const year = Number(today().slice(0, 4));
  const [courses, appropriations, funding, rules] = await Promise.all([api('v1/training/courses'), api('v1/training/appropriations'),
    api('v1/training/report/funding?year=' + year), api('v1/training/rules')]);
  const lead = hasRole('unit-lead');
  clear(root, heading(t(TITLE)),
    h('section', { id: 'training-courses' }, courseTable(courses, text('courses.caption'))),
    lead ? h('section', { id: 'training-add', 'aria-labelledby': 'training-add-title' }, h('h2', { id: 'training-add-title' }, text('page.add')),
      h('p', {}, text('page.add-hint')), addForm(root, context)) : null,
    h('section', { id: 'training-appropriation', 'aria-labelledby': 'training-appropriation-title' },
      h('h2', { id: 'training-appropriation-title', tabindex: '-1' }, text('page.appropriation')),
      appropriations.length ? table(text('page.appropriation-caption'),
        [text('page.year'), text('page.amount'), text('page.committed'), text('page.remaining')],
        appropriations.map(a => [String(a.year), euros(a.amountCents), euros(a.committedCents), euros(a.remainingCents)]))
        : notice('info', text('page.no-appropriation')),
      lead ? appropriationForm(year, root, context) : null),
    h('section', { id: 'training-funding', 'aria-labelledby': 'training-funding-title' },
      h('h2', { id: 'training-funding-title' }, text('page.funding', year)),
      funding.length ? table(text('page.funding-caption'), [text('page.funding-kind'), text('page.funding-source'),
        text('page.funding-applications'), text('page.funding-selected')],
      funding.map(f => [text('kind.' + f.kind), text('funding.' + f.funding), String(f.applications), String(f.selected)]))
        : notice('info', text('page.funding-none'))),
    h('section', { id: 'training-rules', 'aria-labelledby': 'training-rules-title' },
      h('h2', { id: 'training-rules-title' }, text('page.rules')),
      rules.map(r => table(text('page.rules-caption', fmtDate(r.effectiveFrom)),
        [text('page.rule'), text('page.value'), text('page.source'), text('page.verified')],
        r.parameters.map(p => [text('rule.' + p.key), value(p.value), p.acts, text('value.' + p.verified)])))));
}

function value(v) {
  return typeof v === 'boolean' || v === 'financial-production' ? text('value.' + v) : String(v);
}

function addForm(root, context) {
  const el = form([
    field({ name: 'name', required: true, label: text('page.name') }),
    field({ name: 'kind', type: 'select', required: true, label: text('page.kind'),
      options: KINDS.map(k => ({ value: k, label: text('kind.' + k) })) }),
    field({ name: 'jointKind', type: 'select', label: text('page.joint-kind'),
      options: [{ value: '', label: '' }, ...['rekry', 'tasma', 'muutos'].map(k => ({ value: k, label: text('joint.' + k) }))] }),
    field({ name: 'provider', required: true, label: text('page.provider') }),
    field({ name: 'providerAccount', label: text('page.provider-account'), hint: text('page.provider-account-hint') }),
    field({ name: 'language', type: 'select', required: true, label: text('page.language'),
      options: ['fi', 'sv', 'en'].map(l => ({ value: l, label: text('language.' + l) })) }),
    field({ name: 'place', type: 'select', required: true, label: text('page.place'),
      options: ['kotka', 'hamina', 'online'].map(p => ({ value: p, label: text('place.' + p) })) }),
    field({ name: 'seats', type: 'number', min: 1, max: 500, required: true, label: text('page.seats') }),
    field({ name: 'applicationsOpen', type: 'date', required: true, label: text('page.applications-open') }),
    field({ name: 'applicationsClose', type: 'date', required: true, label: text('page.applications-close') }),
    field({ name: 'startsOn', type: 'date', required: true, label: text('page.starts') }),
    field({ name: 'endsOn', type: 'date', required: true, label: text('page.ends') }),
    field({ name: 'degreeAim', type: 'checkbox', label: text('page.degree-aim') }),
    field({ name: 'price', inputmode: 'decimal', label: text('page.price'), hint: text('page.euros') }),
    field({ name: 'employerShare', inputmode: 'decimal', label: text('page.employer-share') }),
    field({ name: 'employerBusinessId', label: text('page.employer') }),
  ], text('page.add'), async values => {
    const { price, employerShare, ...course } = values;
    const priceCents = centsOf(price);
    const employerShareCents = centsOf(employerShare);
    // A figure that is not a number is named at its own field, in the same words as the server's.
    const bad = {};
    if (Number.isNaN(priceCents)) bad.price = text('page.euros');
    if (Number.isNaN(employerShareCents)) bad.employerShare = text('page.euros');
    if (Object.keys(bad).length) throw new ApiError(400, { message: text('page.euros'), fields: bad });
    try {
      await api('v1/training/courses', { method: 'POST', body: { ...course, priceCents, employerShareCents } });
    } catch (e) {
      // The server names the cents fields; the form has them in euros.
      if (e.fields) {
        if (e.fields.priceCents) e.fields.price = e.fields.priceCents;
        if (e.fields.employerShareCents) e.fields.employerShare = e.fields.employerShareCents;
      }
      throw e;
    }
    saved(text('page.added'));
    await render(root, context);
    root.querySelector('#training-courses caption')?.focus();
  });
  el.classList.add('training-add-form');
  return el;
}

function appropriationForm(year, root, context) {
  const el = form([
    field({ name: 'year', type: 'select', required: true, label: text('page.year'),
      options: [year, year + 1].map(y => ({ value: String(y), label: String(y) })) }),
    field({ name: 'amount', required: true, inputmode: 'decimal', label: text('page.amount'), hint: text('page.euros') }),
  ], text('page.set-appropriation'), async values => {
    const amountCents = centsOf(values.amount);
    try {
      await api('v1/training/appropriations/' + values.year, { method: 'PUT', body: { amountCents: Number.isNaN(amountCents) ? -1 : amountCents } });
    } catch (e) {
      if (e.fields && e.fields.amountCents) e.fields.amount = text('page.euros');
      throw e;
    }
    saved(text('page.appropriation-set'));
    await render(root, context);
    root.querySelector('#training-appropriation-title')?.focus();
  });
  el.classList.add('training-appropriation-form');
  return el;
}
