// Registering a new job seeker: every field checked by the server at once, messages beside the fields.
import { api, ApiError, clear, field, form, h, heading, navigate, notice, saved, t } from '/console/shell/polku.js';
import { CHANNELS, LANGUAGES, MOTHER_TONGUES, languageName, org } from './texts.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const o = await org();
  const title = text('register.new-job-seeker');
  const options = map => Object.entries(map).map(([value, names]) => ({ value, label: t(names) }));
  const registration = form([
    h('fieldset', {}, h('legend', {}, text('register.person')),
      field({ name: 'identityCode', label: text('register.identity-code'), required: true,
        hint: text('register.form-ddmmyy-nnnc-the-demo-accepts-test-c') }),
      field({ name: 'firstName', label: text('register.first-name'), required: true, autocomplete: 'off' }),
      field({ name: 'lastName', label: text('register.last-name'), required: true }),
      field({ name: 'municipalityCode', label: text('register.home-municipality'), type: 'select', required: true,
        options: [{ value: '', label: '' }, ...o.municipalities.map(m => ({ value: m.code, label: m.names.fi + (m.names.sv !== m.names.fi ? ' / ' + m.names.sv : '') }))] }),
      field({ name: 'language', label: text('register.language-of-service'), type: 'select', required: true,
        options: options(LANGUAGES), value: 'fi' }),
      field({ name: 'motherTongue', label: text('register.mother-tongue'), type: 'select', hint: text('register.mother-tongue-hint'),
        options: [{ value: '', label: '' }, ...MOTHER_TONGUES.map(code => ({ value: code, label: languageName(code) }))
          .sort((a, b) => a.label.localeCompare(b.label, document.documentElement.lang))] }),
      field({ name: 'interpreterNeeded', label: text('register.interpreter-needed'), type: 'checkbox' })),
    h('fieldset', {}, h('legend', {}, text('register.contact-details')),
      field({ name: 'phone', label: text('register.phone'), type: 'tel' }),
      field({ name: 'email', label: text('register.e-mail'), type: 'email' }),
      field({ name: 'streetAddress', label: text('register.street-address') }),
      field({ name: 'postalCode', label: text('register.postal-code'), inputmode: 'numeric' }),
      field({ name: 'postOffice', label: text('register.post-office') }),
      field({ name: 'preferredChannel', label: text('register.preferred-contact-channel'),
        type: 'select', options: [{ value: '', label: '' }, ...options(CHANNELS)] })),
  ], text('register.register'), async values => {
    try {
      const created = await api('v1/customers', { method: 'POST', body: values });
      saved(text('register.job-seeker-registered'));
      navigate('#/customer/' + created.id);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.existing) {
        const id = e.body.existing.split('/').pop();
        const summary = registration.querySelector('.form-summary');
        clear(summary, h('div', { class: 'notice notice-error', role: 'alert' },
          text('register.this-person-is-already-a-customer'),
          h('a', { href: '#/customer/' + id }, text('register.open-the-customer'))));
        summary.focus();
        return;
      }
      throw e;
    }
  }, { draft: 'register' });
  registration.id = 'register-form';
  clear(root, heading(title), h('p', {}, text('register.fields-marked-with-an-asterisk-are-requi')), registration);
}
