// Which module serves each municipality's residents, per service type; a change is live and audited.
import { api, ApiError, clear, confirmAction, h, heading, lang, loading, notice, saved as toast, serviceLabel, t, table } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';

const STATUS = { AVAILABLE: names('mappings.status.available'), NOT_OFFERED: names('mappings.status.not-offered'),
  NOT_INSTALLED: names('mappings.status.not-installed'),
  NOT_CONFIGURED: names('mappings.status.not-configured') };

export default async function render(root, context) {
  const title = text('mappings.municipal-service-mappings');
  clear(root, heading(title), loading());
  const [modules, org] = await Promise.all([api('v1/modules'), api('v1/organisation')]);
  const message = h('div', { id: 'mapping-message' });
  const name = code => {
    const m = org.municipalities.find(x => x.code === code);
    return m ? t(m.names) : code;
  };
  const rows = modules.routes.map((r, i) => {
    const descriptors = modules.installed.map(m => m.descriptor);
    const candidates = descriptors.filter(d => d.serviceType === r.serviceType).map(d => d.moduleId);
    if (r.moduleId && !candidates.includes(r.moduleId)) candidates.push(r.moduleId);
    const moduleName = id => {
      const d = descriptors.find(x => x.moduleId === id);
      return d ? t(d.names) + ' – ' + d.provider : text('mappings.not-installed') + id;
    };
    const id = 'mapping-' + i;
    const select = h('select', { id, 'data-municipality': r.municipalityCode, 'data-type': r.serviceType },
      h('option', { value: '' }, text('mappings.not-offered')),
      candidates.map(c => h('option', { value: c }, moduleName(c))));
    select.value = r.moduleId || '';
    const save = h('button', { type: 'button', class: 'secondary',
      'aria-label': text('mappings.save') + name(r.municipalityCode) + ', ' + serviceLabel(r.serviceType), onclick: async () => {
      // Moving residents away from a module that still has referrals under way: said before it is done.
      if ((select.value || null) !== (r.moduleId || null) && r.openReferrals > 0) {
        const sure = await confirmAction({ title: text('mappings.confirm-title', name(r.municipalityCode), serviceLabel(r.serviceType)),
          effects: [text('mappings.effect-open-referrals', r.openReferrals, moduleName(r.moduleId)),
            select.value ? text('mappings.effect-new-referrals', moduleName(select.value)) : text('mappings.effect-not-offered')],
          confirmLabel: text('mappings.save-2') });
        if (!sure) return;
      }
      save.disabled = true;
      try {
        await api('v1/admin/municipalities/' + r.municipalityCode + '/modules/' + r.serviceType, { method: 'PUT',
          body: { moduleId: select.value || null } });
        const saved = text('mappings.saved-takes-effect-at-once') + name(r.municipalityCode) + ', ' + serviceLabel(r.serviceType);
        clear(message);
        toast(saved);
        r.moduleId = select.value || null;
      } catch (e) {
        clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
      } finally {
        save.disabled = false;
      }
    } }, text('mappings.save-2'));
    const label = h('label', { for: id, class: 'visually-hidden' }, name(r.municipalityCode) + ', ' + serviceLabel(r.serviceType));
    return [name(r.municipalityCode), serviceLabel(r.serviceType), t(STATUS[r.status] || { fi: r.status }), h('div', {}, label, select), save];
  });
  clear(root, heading(title), h('p', {}, text('mappings.a-change-is-written-to-the-municipality')), message,
  table(text('mappings.services-by-municipality'),
    [text('mappings.municipality'), text('mappings.service'), text('mappings.state'),
      text('mappings.module'), text('mappings.action')], rows));
}
