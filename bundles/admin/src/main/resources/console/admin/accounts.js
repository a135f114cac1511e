// Who can log in: the IT admin creates accounts for staff (with their unit and service point) and
// for partners' users (with their organisation and modules), changes them, deactivates them (the
// person is logged out at once) and sets passwords. Every change is audited by the server.
import { api, ApiError, clear, confirmAction, field, fmtDateTime, form, h, heading, loading, notice, ROLES, saved, t,
  table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const ROLE_IDS = ['caseworker', 'unit-lead', 'it-admin', 'partner'];

export default async function render(root) {
  clear(root, heading(text('accounts.title')), loading());
  const [accounts, org] = await Promise.all([api('v1/admin/accounts'), api('v1/organisation')]);
  const panel = h('div', { id: 'account-panel' });
  const message = h('div', { id: 'account-message' });
  const refresh = () => render(root);
  const rows = accounts.map(a => [
    a.displayName,
    h('code', {}, a.username),
    a.roles.map(r => (ROLES[r] ? t(ROLES[r]) : r)).join(', '),
    worksAt(a, org),
    a.active ? text('accounts.active') : h('strong', {}, text('accounts.inactive')),
    a.lastLoginAt ? fmtDateTime(a.lastLoginAt) : text('accounts.never'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', 'data-account': a.username, 'data-action': 'edit',
        'aria-label': text('accounts.edit') + ': ' + a.displayName,
        onclick: () => showEdit(panel, a, org, refresh) }, text('accounts.edit')),
      h('button', { type: 'button', class: 'secondary', 'data-account': a.username, 'data-action': 'password',
        'aria-label': text('accounts.set-password') + ': ' + a.displayName,
        onclick: () => showPassword(panel, a) }, text('accounts.set-password')),
      h('button', { type: 'button', class: 'secondary', 'data-account': a.username, 'data-action': a.active ? 'deactivate' : 'activate',
        'aria-label': (a.active ? text('accounts.deactivate') : text('accounts.activate')) + ': ' + a.displayName,
        onclick: () => toggle(a, message, refresh) }, a.active ? text('accounts.deactivate') : text('accounts.activate'))),
  ]);
  clear(root, heading(text('accounts.title')), h('p', {}, text('accounts.intro')), message, panel,
    table(text('accounts.list', accounts.length), [text('accounts.name'), text('accounts.username'), text('accounts.roles'),
      text('accounts.works-at'), text('accounts.state'), text('accounts.last-login'), text('accounts.actions')], rows),
    h('h2', {}, text('accounts.new')), accountForm(null, org, text('accounts.create'), async values => {
      const created = await api('v1/admin/accounts', { method: 'POST', body: values });
      saved(text('accounts.created', created.displayName));
      await refresh();
    }));
}

/** Where a member of staff works (unit, service point), or whom a partner's user works for. */
function worksAt(a, org) {
  if (a.roles.includes('partner')) {
    return [a.organisation || '', a.modules.length ? ' ' : '', ...a.modules.flatMap((m, i) => [i ? ' ' : '', h('code', {}, m)])];
  }
  const unit = org.units.find(u => u.id === a.unit);
  const point = org.servicePoints.find(p => p.id === a.servicePoint);
  return [unit ? t(unit.names) : '', unit && point ? ', ' : '', point ? t(point.names) : ''].join('');
}

/** The fields of an account; with an account, its values (and no username or password: those have their own actions). */
function accountForm(a, org, submitLabel, send) {
  const choose = { value: '', label: text('accounts.choose') };
  const roles = h('fieldset', { 'data-field': 'roles' }, h('legend', {}, text('accounts.role-list')),
    ROLE_IDS.map(r => field({ name: 'role.' + r, label: t(ROLES[r]), type: 'checkbox', value: a ? a.roles.includes(r) : r === 'caseworker' })),
    h('p', { class: 'field-error', id: 'roles-error-' + (a ? a.username : 'new'), hidden: true }));
  const staff = h('fieldset', {}, h('legend', {}, text('accounts.staff-hint')),
    field({ name: 'unit', label: text('accounts.unit'), type: 'select', value: a?.unit || '',
      options: [choose, ...org.units.map(u => ({ value: u.id, label: t(u.names) }))] }),
    field({ name: 'servicePoint', label: text('accounts.service-point'), type: 'select', value: a?.servicePoint || '',
      options: [choose, ...org.servicePoints.map(p => ({ value: p.id, label: t(p.names) }))] }));
  const partner = h('fieldset', {}, h('legend', {}, text('accounts.partner-hint')),
    field({ name: 'organisation', label: text('accounts.organisation'), value: a?.organisation || '' }),
    field({ name: 'modules', label: text('accounts.modules'), value: a ? a.modules.join(' ') : '', hint: text('accounts.modules-hint') }));
  const fields = [
    a ? null : field({ name: 'username', label: text('accounts.username'), required: true, hint: text('accounts.username-hint') }),
    field({ name: 'displayName', label: text('accounts.display-name'), required: true, value: a?.displayName || '' }),
    roles, staff, partner,
    a ? null : field({ name: 'password', label: text('accounts.password'), type: 'password', required: true,
      hint: text('accounts.password-hint'), autocomplete: 'new-password' }),
  ].filter(Boolean);
  const f = form(fields, submitLabel, async values => {
    const body = {
      username: values.username, displayName: values.displayName, password: values.password,
      roles: ROLE_IDS.filter(r => values.role && values.role[r]),
      unit: values.unit, servicePoint: values.servicePoint, organisation: values.organisation,
      modules: (values.modules || '').split(/[\s,]+/).filter(Boolean),
    };
    await send(body);
  });
  f.classList.add('account-form');
  return f;
}

function showEdit(panel, a, org, refresh) {
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => clear(panel) }, text('accounts.cancel'));
  clear(panel, h('section', { class: 'panel', 'aria-labelledby': 'account-edit-title' },
    h('h2', { id: 'account-edit-title', tabindex: '-1' }, text('accounts.edit-title', a.displayName)),
    accountForm(a, org, text('accounts.save'), async body => {
      const changed = await api('v1/admin/accounts/' + encodeURIComponent(a.username), { method: 'PUT', body });
      saved(text('accounts.saved', changed.displayName));
      await refresh();
    }), cancel));
  panel.querySelector('h2').focus();
}

function showPassword(panel, a) {
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => clear(panel) }, text('accounts.cancel'));
  const f = form([field({ name: 'password', label: text('accounts.password'), type: 'password', required: true,
    hint: text('accounts.password-hint'), autocomplete: 'new-password' })], text('accounts.set-password'), async values => {
    await api('v1/admin/accounts/' + encodeURIComponent(a.username) + '/password', { method: 'PUT', body: { password: values.password } });
    clear(panel);
    saved(text('accounts.password-set', a.displayName));
  });
  clear(panel, h('section', { class: 'panel', 'aria-labelledby': 'account-password-title' },
    h('h2', { id: 'account-password-title', tabindex: '-1' }, text('accounts.password-title', a.displayName)), f, cancel));
  panel.querySelector('h2').focus();
}

async function toggle(a, message, refresh) {
  if (a.active) {
    const sure = await confirmAction({ title: text('accounts.confirm-deactivate', a.displayName),
      effects: [text('accounts.effect-deactivate', a.displayName)], confirmLabel: text('accounts.deactivate') });
    if (!sure) return;
  }
  try {
    await api('v1/admin/accounts/' + encodeURIComponent(a.username) + '/' + (a.active ? 'deactivate' : 'activate'), { method: 'POST' });
    saved(text(a.active ? 'accounts.deactivated' : 'accounts.activated', a.displayName));
    await refresh();
  } catch (e) {
    clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
  }
}
