// Ending the job search: the day and the reason from the fixed list (named in the user's
// language); it cancels the open statutory steps, so it asks first and says so.
import { api, confirmAction, clear, field, form, saved, t, today, fmtDate } from '/console/shell/polku.js';
import { END_REASONS, stepName } from './texts.js';
import { text } from './catalogue.js';

export const available = page => !!page.openPeriod;

export default async function render(root, page) {
  const p = page.openPeriod;
  const el = form([
    field({ name: 'endDate', label: text('action-end.end-date'), type: 'date', required: true, value: today() }),
    field({ name: 'reason', label: text('action-end.reason'), type: 'select', required: true,
      options: [{ value: '', label: '' }, ...Object.entries(END_REASONS).map(([value, names]) => ({ value, label: t(names) }))] }),
  ], text('action-end.end-the-job-search'), async values => {
    const open = p.timeline.filter(s => s.state === 'open');
    const sure = await confirmAction({
      title: text('action-end.confirm-title', page.customer.lastName + ', ' + page.customer.firstName),
      effects: [text('action-end.effect-ends-on', fmtDate(values.endDate) || values.endDate || '–'),
        ...(open.length ? [text('action-end.effect-cancels', open.length)].concat(open.map(s => stepName(s.step) + ' ' + fmtDate(s.due)))
          : [])],
      confirmLabel: text('action-end.end-the-job-search'),
    });
    if (!sure) return;
    await api('v1/job-search-periods/' + p.id + '/end', { method: 'POST', body: values });
    saved(text('action-end.the-job-search-ended'));
    page.reload();
  });
  el.id = 'end-job-search-form';
  clear(root, el);
}
