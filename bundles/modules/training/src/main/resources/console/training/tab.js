// The training tab on a customer's page: the customer's training referrals with their applications
// and the provider's decisions; for an active referral without an open application, a form to apply
// to a course that takes applications now; the customer's expense compensation from the subsidies module.
import { api, ApiError, clear, field, fmtDate, form, h, notice, saved, table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const ACTIVE = ['referred', 'accepted', 'started'];
const OPEN = ['applied', 'selected', 'started'];

export default async function render(root, context) {
  const { customer, contribution } = context;
  const [courses, referrals] = await Promise.all([api('v1/training/courses'), api('v1/customers/' + customer.id + '/referrals')]);
  const mine = referrals.filter(r => r.moduleId === contribution.moduleId);
  const applications = mine.length ? await api('v1/training/applications?' + mine.map(r => 'referral=' + r.id).join('&')) : [];
  const open = courses.filter(c => c.openForApplications && c.seatsLeft > 0);

  const items = mine.map(r => {
    const own = applications.filter(a => a.referralId === r.id);
    const lines = own.map(a => h('li', {}, text('tab.application-line', a.courseName, text('application.' + a.state)),
      !['applied', 'withdrawn'].includes(a.state) ? [' ', h('a', { class: 'selection-document', href: '/api/v1/training-selection-documents/' + a.id, target: '_blank',
        rel: 'noopener' }, text('tab.selection-document'))] : null,
      a.note ? h('p', { class: 'hint' }, text('tab.provider-note', a.note)) : null));
    const canApply = ACTIVE.includes(r.state) && !own.some(a => OPEN.includes(a.state));
    return h('li', {}, h('p', {}, r.purpose + ' – ' + text('referral.' + r.state)),
      lines.length ? h('ul', {}, lines) : null,
      canApply ? (open.length ? applyForm(r, open, root, context) : notice('info', text('tab.no-open-courses'))) : null);
  });

  clear(root,
    mine.length ? [h('h2', { id: 'training-referrals', tabindex: '-1' }, text('tab.referrals')), h('ul', { class: 'training-referrals' }, items)]
      : notice('info', text('tab.no-referrals')),
    await compensation(customer),
    courseTable(courses.filter(c => c.openForApplications), text('tab.courses')));
}

/** The application: the course and, for an integration or a change-security course, the customer's answers. */
function applyForm(referral, courses, root, context) {
  const answers = h('fieldset', { class: 'answers' }, h('legend', {}, text('tab.change-security')),
    h('p', { class: 'hint' }, text('tab.answers-hint')),
    field({ name: 'dismissedOn', type: 'date', label: text('tab.dismissed-on') }),
    field({ name: 'dismissalGrounds', type: 'select', label: text('tab.grounds'), options: [{ value: '', label: '' },
      ...['financial-production', 'other'].map(g => ({ value: g, label: text('tab.grounds.' + g) }))] }),
    field({ name: 'employmentYears', type: 'number', min: 0, max: 60, label: text('tab.employment-years') }),
    field({ name: 'weightyReasonForLateRegistration', type: 'checkbox', label: text('tab.weighty-reason') }));
  const refugee = field({ name: 'refugeeBackground', type: 'select', label: text('tab.refugee-background'), hint: text('tab.refugee-hint'),
    options: [{ value: '', label: '' }, { value: 'true', label: text('tab.yes') }, { value: 'false', label: text('tab.no') }] });
  const course = field({ name: 'courseId', type: 'select', required: true, label: text('tab.apply-for', referral.purpose),
    options: courses.map(c => ({ value: c.id, label: text('tab.course-option', c.name, text('kind.' + c.kind), text('place.' + c.place),
      fmtDate(c.startsOn), c.seatsLeft) })) });
  // Only the answers the chosen course needs are shown (and sent).
  const show = () => {
    const kind = (courses.find(c => c.id === course.querySelector('select').value) || {}).kind;
    answers.hidden = kind !== 'change-security';
    answers.disabled = answers.hidden;
    refugee.hidden = kind !== 'integration';
    refugee.querySelector('select').disabled = refugee.hidden;
  };
  course.querySelector('select').addEventListener('change', show);
  const el = form([course, refugee, answers], text('tab.apply'), async values => {
    const body = { ...values, referralId: referral.id };
    if (body.refugeeBackground !== undefined && body.refugeeBackground !== null) body.refugeeBackground = body.refugeeBackground === 'true';
    await api('v1/training/applications', { method: 'POST', body });
    saved(text('tab.applied'));
    await render(root, context);
    root.querySelector('#training-referrals')?.focus();
  });
  el.classList.add('training-apply');
  show();
  return el;
}

/** The customer's expense compensation (kulukorvaus), decided in the subsidies module, beside the training. */
async function compensation(customer) {
  const section = h('section', { 'aria-labelledby': 'training-compensation' }, h('h2', { id: 'training-compensation' }, text('tab.compensation')),
    h('p', {}, text('tab.compensation-intro')));
  let list;
  try {
    list = (await api('v1/subsidies/applications?kind=cost-compensation&customer=' + encodeURIComponent(customer.id))).items;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 503)) {
      section.append(notice('info', text('tab.no-subsidies')));
      return section;
    }
    throw e;
  }
  section.append(list.length ? h('ul', {}, list.map(a => h('li', {}, h('a', { href: '#/subsidies/' + a.id },
    text('tab.compensation-line', fmtDate(a.startDate), text('compensation.' + a.status))))))
    : h('p', {}, text('tab.compensation-none')));
  section.append(h('p', {}, h('a', { href: '#/subsidies' }, text('tab.compensation-apply'))));
  return section;
}

export function courseTable(courses, caption) {
  if (!courses.length) return notice('info', text('courses.none'));
  return table(caption, [text('courses.name'), text('courses.kind'), text('courses.provider'), text('courses.place'),
    text('courses.language'), text('courses.seats'), text('courses.applications'), text('courses.dates')],
  courses.map(c => [c.name, text('kind.' + c.kind) + (c.jointKind ? ' (' + text('joint.' + c.jointKind) + ')' : ''), c.provider,
    text('place.' + c.place), text('language.' + c.language), c.seatsLeft + ' / ' + c.seats,
    text('courses.period', fmtDate(c.applicationsOpen), fmtDate(c.applicationsClose)),
    text('courses.period', fmtDate(c.startsOn), fmtDate(c.endsOn))]));
}
