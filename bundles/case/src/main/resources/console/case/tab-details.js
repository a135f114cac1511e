// Contact details: as they are now, changed with a reason (each change kept as a version and on
// record), and their earlier versions.
import { api, clear, field, fmtDateTime, form, h, person, saved, staffNames, t, table } from '/console/shell/polku.js';
import { CHANNELS, LANGUAGES, MOTHER_TONGUES, WORDS, label, languageName } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const { customer: c } = context;
  const people = await staffNames();
  const row = (key, value) => [h('dt', {}, text(key)), h('dd', {}, value || '–')];
  const editor = h('div', { id: 'contact-editor' });
  const history = h('div', { id: 'contact-history' });
  const edit = h('button', { type: 'button', class: 'secondary', id: 'edit-contact', onclick: () => {
    edit.hidden = true;
    clear(editor, contactForm(c, context, () => { clear(editor); edit.hidden = false; edit.focus(); }));
    editor.querySelector('select, input')?.focus();
  } }, text('tab-details.edit'));
  const showHistory = h('button', { type: 'button', class: 'secondary', id: 'show-contact-history', onclick: async () => {
    const versions = await api('v1/customers/' + c.id + '/contact-versions');
    showHistory.remove();
    clear(history, versions.length ? table(text('tab-details.earlier-versions'),
      [text('tab-details.version'), text('tab-details.changed'), text('tab-details.phone'), text('tab-details.email'),
        text('tab-details.address'), text('tab-details.preferred-channel'), text('tab-details.reason')],
      versions.map(v => [String(v.version), [fmtDateTime(v.changedAt), ' (', person(people, v.changedBy), ')'], v.phone || '–',
        v.email || '–', address(v) || '–', label(CHANNELS, v.preferredChannel), v.reason || '–']))
      : h('p', {}, text('tab-details.never-changed')));
  } }, text('tab-details.show-earlier-versions'));
  clear(root, h('dl', { class: 'facts' },
    row('tab-details.language', label(LANGUAGES, c.language)),
    row('tab-details.mother-tongue', languageName(c.motherTongue)),
    row('tab-details.interpreter', text(c.interpreterNeeded ? 'tab-details.interpreter-needed' : 'tab-details.interpreter-not-needed')),
    row('tab-details.phone', c.phone),
    row('tab-details.email', c.email),
    row('tab-details.address', address(c)),
    row('tab-details.preferred-channel', label(CHANNELS, c.preferredChannel)),
    row('tab-details.registered', [fmtDateTime(c.createdAt), ' (', person(people, c.createdBy), ')'])),
  h('div', { class: 'actions' }, edit, showHistory), editor, history);
}

function address(c) {
  return [c.streetAddress, [c.postalCode, c.postOffice].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function contactForm(c, context, close) {
  const options = map => Object.entries(map).map(([value, names]) => ({ value, label: t(names) }));
  const el = form([
    field({ name: 'language', label: text('tab-details.language'), type: 'select', options: options(LANGUAGES), value: c.language }),
    field({ name: 'motherTongue', label: text('tab-details.mother-tongue'), type: 'select', value: c.motherTongue || '',
      options: [{ value: '', label: '' }, ...[...new Set([...MOTHER_TONGUES, c.motherTongue].filter(Boolean))]
        .map(code => ({ value: code, label: languageName(code) })).sort((a, b) => a.label.localeCompare(b.label, document.documentElement.lang))] }),
    field({ name: 'interpreterNeeded', label: text('tab-details.interpreter-needed-label'), type: 'checkbox', value: c.interpreterNeeded }),
    field({ name: 'phone', label: text('tab-details.phone'), type: 'tel', value: c.phone }),
    field({ name: 'email', label: text('tab-details.email'), type: 'email', value: c.email }),
    field({ name: 'streetAddress', label: text('tab-details.street-address'), value: c.streetAddress }),
    field({ name: 'postalCode', label: text('tab-details.postal-code'), inputmode: 'numeric', value: c.postalCode }),
    field({ name: 'postOffice', label: text('tab-details.post-office'), value: c.postOffice }),
    field({ name: 'preferredChannel', label: text('tab-details.preferred-channel'), type: 'select', options: options(CHANNELS),
      value: c.preferredChannel }),
    field({ name: 'reason', label: text('tab-details.reason'), hint: text('tab-details.reason-hint') }),
  ], text('tab-details.save-contact-details'), async values => {
    await api('v1/customers/' + c.id + '/contact', { method: 'PUT', body: values });
    saved(text('tab-details.contact-details-saved'));
    await context.reload();
  }, { draft: 'contact-' + c.id });
  el.id = 'contact-form';
  el.querySelector('.form-actions').append(h('button', { type: 'button', class: 'secondary', onclick: close }, t(WORDS.cancel)));
  return el;
}
