// Bundles and modules: what runs, which municipalities use each module; install, stop, start, uninstall.
import { api, ApiError, clear, confirmAction, fmtDateTime, h, heading, loading, notice, PRODUCTION_MODES, saved, serviceLabel, serviceName, t, table,
  upload } from '/console/shell/polku.js';
import { names, text } from './catalogue.js';

const STATE = { ACTIVE: names('bundles.state.active'), RESOLVED: names('bundles.state.resolved'),
  INSTALLED: names('bundles.state.installed'),
  STARTING: names('bundles.state.starting'), STOPPING: names('bundles.state.stopping') };
const KIND = { system: names('bundles.kind.system'), module: names('bundles.kind.module'), deploy: names('bundles.kind.deploy'),
  framework: names('bundles.kind.framework'), other: names('bundles.kind.other') };

export default async function render(root, context) {
  const title = text('bundles.bundles-and-modules');
  clear(root, heading(title), loading());
  const [bundles, modules, org, setAside, nodes] = await Promise.all([api('v1/admin/bundles'), api('v1/modules'), api('v1/organisation'),
    api('v1/admin/referral-events'), api('v1/admin/nodes')]);
  const message = h('div', { id: 'admin-message' });
  const municipality = code => {
    const m = org.municipalities.find(x => x.code === code);
    return m ? t(m.names) : code;
  };
  // Stopping or removing a bundle stops its modules wherever they are used: said before it is done.
  const effects = b => modules.installed.filter(m => m.bundleId === b.id).map(m => {
    const open = modules.routes.filter(r => r.moduleId === m.descriptor.moduleId).reduce((n, r) => n + r.openReferrals, 0);
    return text('bundles.effect-module', t(m.descriptor.names), m.usedBy.length, m.usedBy.map(municipality).join(', ') || '–', open);
  });
  const act = (b, action) => h('button', { type: 'button', class: 'secondary', 'aria-label': action.label + ': ' + b.symbolicName, onclick: async () => {
    if (action.id !== 'start') {
      const affected = effects(b);
      const sure = await confirmAction({ title: text('bundles.confirm-' + action.id, b.symbolicName),
        effects: affected.length ? affected : [text('bundles.effect-none')], confirmLabel: action.label });
      if (!sure) return;
    }
    try {
      if (action.id === 'uninstall') await api('v1/admin/bundles/' + b.id, { method: 'DELETE' });
      else await api('v1/admin/bundles/' + b.id + '/' + action.id, { method: 'POST' });
      saved(action.label + ': ' + b.symbolicName);
      await render(root, context);
      root.querySelector('h1')?.focus(); // the list is drawn anew: focus starts again at its heading
    } catch (e) {
      clear(message, notice('error', e instanceof ApiError ? e.message : String(e)));
    }
  } }, action.label);
  // Deployed bundles can be removed; the distribution's own modules only stopped and started.
  const actions = b => !['deploy', 'module'].includes(b.kind) ? '' : h('div', { class: 'actions' },
    b.state === 'ACTIVE' ? act(b, { id: 'stop', label: text('bundles.stop') })
      : act(b, { id: 'start', label: text('bundles.start') }),
    b.kind === 'deploy' ? act(b, { id: 'uninstall', label: text('bundles.uninstall') }) : null);

  const file = h('input', { type: 'file', id: 'bundle-file', name: 'bundle', accept: '.jar' });
  const install = h('form', { id: 'install-form', onsubmit: async e => {
    e.preventDefault();
    if (!file.files.length) {
      clear(message, notice('error', text('bundles.choose-a-jar-file-first')));
      return;
    }
    const button = install.querySelector('button');
    button.disabled = true;
    try {
      const b = await upload('v1/admin/bundles?file=' + encodeURIComponent(file.files[0].name), file.files[0]);
      saved(text('bundles.installed') + b.symbolicName);
      await render(root, context);
      root.querySelector('h1')?.focus();
    } catch (err) {
      button.disabled = false;
      clear(message, notice('error', (err instanceof ApiError ? err.message : String(err))));
    }
  } }, h('div', { class: 'field' }, h('label', { for: 'bundle-file' }, text('bundles.bundle-to-install-jar')), file), h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' },
    text('bundles.install'))));

  const ours = bundles.filter(b => b.kind === 'deploy' || (b.symbolicName || '').startsWith('fi.polku.'));
  clear(root, heading(title), message,
    modules.faults.length ? notice('error', text('bundles.faults') + modules.faults.map(f =>
      f.municipalityCode + ' ' + serviceLabel(f.serviceType) + ' → ' + f.moduleId + text('bundles.not-installed')).join('; ')) : null,
    table(text('bundles.installed-service-modules'),
      [text('bundles.module'), text('bundles.service'), text('bundles.provider'),
        text('bundles.production-mode'), text('bundles.used-by')],
      // The module's id is what configuration names: shown as the identifier it is, beside the module's name.
      modules.installed.map(m => [[t(m.descriptor.names), ' ', h('code', {}, m.descriptor.moduleId)], serviceName(m.descriptor.serviceType),
        m.descriptor.provider, t(PRODUCTION_MODES[m.descriptor.productionMode] || { fi: m.descriptor.productionMode }),
        m.usedBy.join(', ') || '–'])),
    setAsideEvents(setAside, municipality, message, () => render(root, context)),
    clusterNodes(nodes),
    h('h2', {}, text('bundles.install-a-bundle')), install,
    table(text('bundles.polku-bundles'),
      [text('bundles.name'), text('bundles.version'), text('bundles.state'),
        text('bundles.kind'), text('bundles.actions')],
      ours.map(b => [h('code', {}, b.symbolicName), h('code', {}, b.version), STATE[b.state] ? t(STATE[b.state]) : b.state, KIND[b.kind] ? t(KIND[b.kind]) : b.kind, actions(b)])));
}

const EVENT_STATE = { referred: names('bundles.event.referred'), accepted: names('bundles.event.accepted'),
  started: names('bundles.event.started'), completed: names('bundles.event.completed'), declined: names('bundles.event.declined'),
  interrupted: names('bundles.event.interrupted'), cancelled: names('bundles.event.cancelled') };

/**
 * Referral events set aside: refused by their module again and again, or waiting too long for a module that is gone.
 * The IT admin puts one back in its module's queue or closes it; the server audits both.
 */
function setAsideEvents(events, municipality, message, refresh) {
  const act = (e, how) => async () => {
    if (how === 'close') {
      const sure = await confirmAction({ title: text('bundles.event.confirm-close', e.sequence),
        effects: [text('bundles.event.effect-close', e.moduleId)], confirmLabel: text('bundles.event.close') });
      if (!sure) return;
    }
    try {
      await api('v1/admin/referral-events/' + e.sequence + (how === 'retry' ? '/retry' : ''), { method: how === 'retry' ? 'POST' : 'DELETE' });
      saved(text(how === 'retry' ? 'bundles.event.retried' : 'bundles.event.closed', e.sequence));
      await refresh();
    } catch (err) {
      clear(message, notice('error', err instanceof ApiError ? err.message : String(err)));
    }
  };
  return h('section', { id: 'set-aside-events' }, h('h2', {}, text('bundles.event.title')),
    h('p', {}, text('bundles.event.intro')),
    events.length === 0 ? h('p', {}, text('bundles.event.none')) : table(text('bundles.event.caption', events.length),
      [text('bundles.event.number'), text('bundles.module'), text('bundles.service'), text('bundles.event.municipality'),
        text('bundles.event.state'), text('bundles.event.set-aside'), text('bundles.event.reason'), text('bundles.actions')],
      events.map(e => [String(e.sequence), h('code', {}, e.moduleId), serviceLabel(e.serviceType), municipality(e.municipalityCode),
        EVENT_STATE[e.state] ? t(EVENT_STATE[e.state]) : h('code', {}, e.state), fmtDateTime(e.setAsideAt),
        [text('bundles.event.attempts', e.attempts), ' ', e.reason ? h('code', {}, e.reason) : ''],
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', 'data-event': String(e.sequence), 'data-action': 'retry',
            'aria-label': text('bundles.event.retry') + ' ' + e.sequence, onclick: act(e, 'retry') }, text('bundles.event.retry')),
          h('button', { type: 'button', class: 'secondary', 'data-event': String(e.sequence), 'data-action': 'close',
            'aria-label': text('bundles.event.close') + ' ' + e.sequence, onclick: act(e, 'close') }, text('bundles.event.close')))])));
}

/**
 * The nodes of the cluster (several Polku nodes on one database): which are up, and which bundles a node runs otherwise than
 * this one, as an update rolled out one node at a time leaves them for a while.
 */
function clusterNodes(nodes) {
  const onNode = v => {
    if (!v) return text('bundles.nodes.missing');
    const [version, state] = v.split(' ');
    return [h('code', {}, version), ' ', STATE[state] ? t(STATE[state]) : state];
  };
  return h('section', { id: 'cluster-nodes' }, h('h2', {}, text('bundles.nodes.title')), h('p', {}, text('bundles.nodes.intro')),
    table(text('bundles.nodes.caption', nodes.length),
      [text('bundles.nodes.node'), text('bundles.state'), text('bundles.nodes.started'), text('bundles.nodes.seen'),
        text('bundles.nodes.bundles'), text('bundles.nodes.differences')],
      nodes.map(n => [[h('code', {}, n.name), n.thisNode ? ' ' + text('bundles.nodes.this-node') : ''],
        text(n.up ? 'bundles.nodes.up' : 'bundles.nodes.away'), fmtDateTime(n.startedAt), fmtDateTime(n.seenAt),
        text('bundles.nodes.active-of', n.active, n.bundles),
        n.thisNode ? '–' : n.differences.length === 0 ? text('bundles.nodes.same') : h('ul', {}, n.differences.map(d =>
          h('li', {}, h('code', {}, d.name), ': ', text('bundles.nodes.here'), ' ', onNode(d.here), ', ', text('bundles.nodes.there'), ' ',
            onNode(d.there))))])));
}
