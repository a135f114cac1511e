// The job search as a timeline of statutory steps, due and done, and the interviews held.
import { api, announce, ApiError, clear, h, notice, t, table, fmtDate, person, staffNames } from '/console/shell/polku.js';
import { WORDS, stepName, unitName } from './texts.js';

// The reasons the platform itself gives when it places a new job search in a unit (stored as written then).
const SYSTEM_REASONS = { 'new job search': { fi: 'Uusi työnhaku', sv: 'Nytt arbetssökande', en: 'New job search' },
  'entitled to an integration plan': { fi: 'Oikeus kotoutumissuunnitelmaan', sv: 'Rätt till en integrationsplan', en: 'Entitled to an integration plan' } };

const KINDS = { initial: { fi: 'Alkuhaastattelu', sv: 'Inledande intervju', en: 'Initial interview' },
  supplementary: { fi: 'Täydentävä työnhakukeskustelu', sv: 'Kompletterande jobbsökningssamtal', en: 'Supplementary interview' },
  'job-search': { fi: 'Työnhakukeskustelu', sv: 'Jobbsökningssamtal', en: 'Job-search interview' } };

export default async function render(root, { openPeriod: p, periods, org, reload }) {
  if (!p) {
    clear(root, notice('info', t({ fi: 'Asiakkaalla ei ole voimassa olevaa työnhakua.', sv: 'Kunden har ingen pågående arbetssökning.',
      en: 'The customer has no open job search.' })), pastPeriods(periods));
    return;
  }
  const people = await staffNames();
  const steps = p.timeline.map(s => h('li', { class: s.state === 'done' ? 'done' : s.overdue ? 'overdue' : 'open', 'data-step': s.step },
    h('strong', {}, stepName(s.step)), ' – ',
    s.from ? fmtDate(s.from) + '–' : '', t(WORDS.due).toLowerCase() + ' ' + fmtDate(s.due), ' ',
    s.state === 'done' ? h('span', { class: 'badge badge-done' }, t(WORDS.done) + ' ' + fmtDate(s.doneAt))
      : s.state === 'cancelled' ? h('span', { class: 'badge badge-open' }, t(WORDS.cancelled))
        : s.overdue ? h('span', { class: 'badge badge-overdue' }, t(WORDS.overdue)) : h('span', { class: 'badge badge-open' }, t(WORDS.open)),
    s.state === 'open' && s.ownerUser ? [' · ', person(people, s.ownerUser)] : null,
    s.state === 'open' && !s.ownerUser && s.taskId ? [' ', take(s, reload)] : null));
  clear(root,
    h('dl', { class: 'facts' },
      h('dt', {}, t({ fi: 'Alkoi', sv: 'Började', en: 'Started' })), h('dd', {}, fmtDate(p.start)),
      h('dt', {}, t(WORDS.unit)), h('dd', {}, unitName(org, p.unit)),
      h('dt', {}, t({ fi: 'Sääntöjoukko', sv: 'Regeluppsättning', en: 'Rule set' })), h('dd', {}, p.ruleSet),
      h('dt', {}, t({ fi: '100 päivän rahoitusvastuu', sv: '100 dagars finansieringsansvar', en: '100-day municipal liability' })),
      h('dd', {}, fmtDate(p.municipalLiabilityDate))),
    h('h2', {}, t({ fi: 'Lakisääteiset vaiheet', sv: 'Lagstadgade steg', en: 'Statutory steps' })),
    h('ol', { class: 'timeline', id: 'timeline' }, steps),
    p.interviews.length ? table(t({ fi: 'Haastattelut', sv: 'Samtal', en: 'Interviews' }),
      [t({ fi: 'Päivä', sv: 'Datum', en: 'Date' }), t({ fi: 'Laji', sv: 'Typ', en: 'Kind' }),
        t({ fi: 'Palvelutarve', sv: 'Servicebehov', en: 'Service need' }), t({ fi: 'Kirjannut', sv: 'Registrerad av', en: 'Recorded by' })],
      p.interviews.map(i => [fmtDate(i.heldOn), t(KINDS[i.kind] || { fi: i.kind }), i.serviceNeed || '', person(people, i.recordedBy)])) : null,
    p.units.length > 1 ? table(t({ fi: 'Yksikkösiirrot', sv: 'Överföringar', en: 'Unit transfers' }),
      [t(WORDS.from), t(WORDS.unit), t({ fi: 'Syy', sv: 'Orsak', en: 'Reason' })],
      p.units.map(u => [fmtDate(u.from), unitName(org, u.unit), t(SYSTEM_REASONS[u.reason] || { fi: u.reason })])) : null,
    pastPeriods(periods));
}

// A caseworker who meets the customer takes the step onto their own worklist from here.
function take(step, reload) {
  const button = h('button', { type: 'button', class: 'secondary', 'data-task': step.taskId, onclick: async () => {
    button.disabled = true;
    try {
      await api('v1/tasks/' + step.taskId + '/take', { method: 'POST' });
      announce(t({ fi: 'Tehtävä siirtyi työlistallesi.', sv: 'Uppgiften flyttades till din arbetslista.', en: 'The task moved to your worklist.' }));
      reload();
    } catch (e) {
      button.disabled = false;
      button.after(notice('error', e instanceof ApiError ? e.message : String(e)));
    }
  } }, t({ fi: 'Ota työlistalleni', sv: 'Ta till min arbetslista', en: 'Take onto my worklist' }) + ': ' + stepName(step.step));
  return button;
}

function pastPeriods(periods) {
  const past = periods.filter(p => p.endDate);
  return past.length ? table(t({ fi: 'Päättyneet työnhaut', sv: 'Avslutade arbetssökningar', en: 'Ended job searches' }),
    [t({ fi: 'Alkoi', sv: 'Började', en: 'Started' }), t({ fi: 'Päättyi', sv: 'Slutade', en: 'Ended' }), t({ fi: 'Syy', sv: 'Orsak', en: 'Reason' })],
    past.map(p => [fmtDate(p.start), fmtDate(p.endDate), p.endReason || ''])) : null;
}
