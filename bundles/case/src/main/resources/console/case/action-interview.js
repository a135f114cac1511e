// Recording an interview; the initial and job-search interviews also record the employment plan.
import { api, announce, clear, field, form, h, t, today } from '/console/shell/polku.js';
import { CHANNELS, WORDS } from './texts.js';

export const available = page => !!page.openPeriod;

const KINDS = { initial: { fi: 'Alkuhaastattelu', sv: 'Inledande intervju', en: 'Initial interview' },
  supplementary: { fi: 'Täydentävä työnhakukeskustelu', sv: 'Kompletterande jobbsökningssamtal', en: 'Supplementary job-search interview' },
  'job-search': { fi: 'Työnhakukeskustelu', sv: 'Jobbsökningssamtal', en: 'Job-search interview' } };
const MODES = { 'face-to-face': { fi: 'Kasvokkain', sv: 'Ansikte mot ansikte', en: 'Face to face' },
  phone: { fi: 'Puhelimessa', sv: 'Per telefon', en: 'By phone' }, video: { fi: 'Videoyhteydellä', sv: 'Via video', en: 'By video' } };

export default async function render(root, page) {
  const p = page.openPeriod;
  const initialHeld = p.interviews.some(i => i.kind === 'initial');
  const options = map => Object.entries(map).map(([value, n]) => ({ value, label: t(n) }));
  const planFields = h('fieldset', { id: 'plan-fields' }, h('legend', {}, t({ fi: 'Työllistymissuunnitelma', sv: 'Sysselsättningsplan', en: 'Employment plan' })),
    h('p', { class: 'hint' }, t({ fi: 'Pakollinen alkuhaastattelussa ja työnhakukeskustelussa.', sv: 'Obligatorisk vid inledande intervju och jobbsökningssamtal.',
      en: 'Required at the initial and the job-search interview.' })),
    field({ name: 'plan.applicationsPerMonth', label: t({ fi: 'Työnhakuvelvollisuus (hakemusta kuukaudessa)', sv: 'Skyldighet att söka arbete (ansökningar per månad)',
      en: 'Work-search obligation (applications a month)' }), type: 'number', min: 0, max: 50, value: p.plan ? p.plan.applicationsPerMonth : 4 }),
    field({ name: 'plan.agreedServices', label: t({ fi: 'Sovitut palvelut ja toimet', sv: 'Överenskomna tjänster och åtgärder', en: 'Agreed services and steps' }),
      type: 'textarea', value: p.plan ? p.plan.agreedServices : '' }),
    field({ name: 'plan.contactMethod', label: t({ fi: 'Yhteydenpitotapa', sv: 'Kontaktsätt', en: 'Contact method' }), type: 'select',
      options: options(CHANNELS), value: p.plan ? p.plan.contactMethod : 'phone' }),
    field({ name: 'plan.notes', label: t({ fi: 'Suunnitelman lisätiedot', sv: 'Tilläggsuppgifter om planen', en: 'Plan notes' }), type: 'textarea' }));
  const interview = form([
    field({ name: 'kind', label: t({ fi: 'Haastattelun laji', sv: 'Typ av samtal', en: 'Kind of interview' }), type: 'select', required: true,
      value: initialHeld ? 'supplementary' : 'initial', options: options(KINDS) }),
    field({ name: 'heldOn', label: t({ fi: 'Pidetty', sv: 'Hållen', en: 'Held on' }), type: 'date', required: true, value: today() }),
    field({ name: 'mode', label: t({ fi: 'Tapa', sv: 'Sätt', en: 'Mode' }), type: 'select', required: true, value: 'face-to-face', options: options(MODES) }),
    field({ name: 'prerequisites', label: t({ fi: 'Työllistymisen edellytykset (arvio)', sv: 'Förutsättningar för sysselsättning (bedömning)',
      en: 'Prerequisites for employment (assessment)' }), type: 'textarea' }),
    field({ name: 'serviceNeed', label: t({ fi: 'Palvelutarve', sv: 'Servicebehov', en: 'Service need' }), type: 'textarea' }),
    field({ name: 'notes', label: t({ fi: 'Muistiinpanot', sv: 'Anteckningar', en: 'Notes' }), type: 'textarea' }),
    planFields,
  ], t({ fi: 'Tallenna haastattelu', sv: 'Spara samtalet', en: 'Save the interview' }), async values => {
    const body = { ...values };
    if (body.kind === 'supplementary' && !hasPlanInput(body.plan)) delete body.plan;
    await api('v1/job-search-periods/' + p.id + '/interviews', { method: 'POST', body });
    announce(t(WORDS.saved));
    page.reload();
  });
  interview.id = 'interview-form';
  clear(root, interview);
}

function hasPlanInput(plan) {
  return plan && (plan.agreedServices || plan.notes);
}
