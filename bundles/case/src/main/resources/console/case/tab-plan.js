// The current employment plan and its earlier versions.
import { clear, h, notice, t, table, fmtDateTime, person, staffNames } from '/console/shell/polku.js';
import { CHANNELS, label } from './texts.js';

export default async function render(root, { openPeriod: p }) {
  if (!p || !p.plan) {
    clear(root, notice('info', t({ fi: 'Työllistymissuunnitelmaa ei ole vielä laadittu. Se laaditaan alkuhaastattelussa.',
      sv: 'Sysselsättningsplanen har inte gjorts än. Den görs vid den inledande intervjun.',
      en: 'No employment plan yet. It is made at the initial interview.' })));
    return;
  }
  const plan = p.plan;
  const people = await staffNames();
  clear(root, h('dl', { class: 'facts', id: 'current-plan' },
    h('dt', {}, t({ fi: 'Versio', sv: 'Version', en: 'Version' })), h('dd', {}, String(plan.version)),
    h('dt', {}, t({ fi: 'Työnhakuvelvollisuus', sv: 'Skyldighet att söka arbete', en: 'Work-search obligation' })),
    h('dd', {}, t({ fi: `${plan.applicationsPerMonth} hakemusta kuukaudessa`, sv: `${plan.applicationsPerMonth} ansökningar per månad`,
      en: `${plan.applicationsPerMonth} applications a month` })),
    h('dt', {}, t({ fi: 'Sovitut palvelut', sv: 'Överenskomna tjänster', en: 'Agreed services' })), h('dd', {}, plan.agreedServices || '–'),
    h('dt', {}, t({ fi: 'Yhteydenpito', sv: 'Kontakt', en: 'Contact' })), h('dd', {}, label(CHANNELS, plan.contactMethod)),
    h('dt', {}, t({ fi: 'Muistiinpanot', sv: 'Anteckningar', en: 'Notes' })), h('dd', {}, plan.notes || '–'),
    h('dt', {}, t({ fi: 'Laadittu', sv: 'Gjord', en: 'Made' })), h('dd', {}, fmtDateTime(plan.createdAt), ' (', person(people, plan.createdBy), ')')),
  p.planHistory.length > 1 ? table(t({ fi: 'Suunnitelman historia', sv: 'Planens historik', en: 'Plan history' }),
    [t({ fi: 'Versio', sv: 'Version', en: 'Version' }), t({ fi: 'Laadittu', sv: 'Gjord', en: 'Made' }),
      t({ fi: 'Hakemuksia/kk', sv: 'Ansökningar/mån', en: 'Applications/month' }), t({ fi: 'Sovitut palvelut', sv: 'Överenskomna tjänster', en: 'Agreed services' })],
    p.planHistory.map(v => [String(v.version), [fmtDateTime(v.createdAt), ' (', person(people, v.createdBy), ')'], String(v.applicationsPerMonth), v.agreedServices || ''])) : null);
}
