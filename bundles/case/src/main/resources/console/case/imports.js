// The IT admin brings job seekers from the national system: a CSV file is sent and answered at
// once, its rows go in while a progress bar follows them (asked again each second while the page is
// open), and at the end the rejected rows, each with its line and reason in the user's language, are
// shown and can be taken as a CSV file to correct and send again (rows already in change nothing).
import { ApiError, api, clear, download, fmtDateTime, h, heading, notice, table, upload } from '/console/shell/polku.js';
import { text } from './catalogue.js';

export default async function render(root, context) {
  const [id] = context.args;
  const message = h('div', { id: 'import-message' });
  const file = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.csv,text/csv' });
  const send = h('form', { id: 'import-form', onsubmit: async e => {
    e.preventDefault();
    if (!file.files.length) {
      clear(message, notice('error', text('imports.choose-a-file-first')));
      return;
    }
    const button = send.querySelector('button');
    button.disabled = true;
    try {
      const job = await upload('v1/admin/imports?file=' + encodeURIComponent(file.files[0].name), file.files[0]);
      location.hash = '#/admin-imports/' + job.id;
    } catch (err) {
      button.disabled = false;
      clear(message, notice('error', err instanceof ApiError ? err.message : String(err)));
    }
  } }, h('div', { class: 'field' }, h('label', { for: 'import-file' }, text('imports.file')), file,
    h('p', { class: 'hint', id: 'import-file-hint' }, text('imports.file-hint'))),
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, text('imports.send'))));

  const current = h('section', { id: 'import-current', 'aria-live': 'polite' });
  const latest = await api('v1/admin/imports');
  clear(root, heading(text('imports.title')), h('p', {}, text('imports.intro')), message, send, current,
    table(text('imports.latest'), [text('imports.started'), text('imports.file-name'), text('imports.state'), text('imports.rows'),
      text('imports.accepted'), text('imports.unchanged'), text('imports.rejected')],
    latest.map(j => [h('a', { href: '#/admin-imports/' + j.id }, fmtDateTime(j.createdAt)), h('code', {}, j.fileName), stateName(j.state),
      String(j.total), String(j.accepted), String(j.unchanged), String(j.rejected)])));
  if (id) await follow(id, current);
}

function stateName(state) {
  return text('imports.states.' + state);
}

/** Shows the job and asks again each second until it ends or the page is left. */
async function follow(id, section) {
  let job;
  try {
    job = await api('v1/admin/imports/' + encodeURIComponent(id));
  } catch (e) {
    clear(section, notice('error', e instanceof ApiError ? e.message : String(e)));
    return;
  }
  const bar = h('progress', { id: 'import-progress', max: String(job.total), value: String(job.processed),
    'aria-label': text('imports.progress') });
  clear(section, h('h2', {}, text('imports.file-heading'), ' ', h('code', {}, job.fileName)),
    h('p', {}, bar, ' ', h('span', { id: 'import-counts' }, text('imports.counts', job.processed, job.total, job.accepted,
      job.unchanged, job.rejected))),
    h('p', { id: 'import-state' }, stateName(job.state)),
    job.ignoredColumns.length ? notice('info', [text('imports.ignored-columns'), ' ', h('code', {}, job.ignoredColumns.join(', '))]) : null,
    job.failure ? notice('error', text('imports.failed')) : null);
  if (job.state === 'running') {
    setTimeout(() => { if (section.isConnected) follow(id, section); }, 1000);
    return;
  }
  if (job.rejected > 0) {
    const rejections = await api('v1/admin/imports/' + encodeURIComponent(id) + '/rejections');
    const csv = h('button', { type: 'button', class: 'secondary', id: 'import-rejections-csv', onclick: async () => {
      try {
        await download('v1/admin/imports/' + encodeURIComponent(id) + '/rejections.csv', 'polku-import-rejections.csv');
      } catch (e) {
        csv.after(notice('error', e instanceof ApiError ? e.message : String(e)));
      }
    } }, text('imports.download-rejections'));
    section.append(h('div', { class: 'actions' }, csv),
      table(text('imports.rejections', job.rejected), [text('imports.line'), text('imports.column'), text('imports.reason')],
        rejections.map(r => [String(r.line), r.column ? h('code', {}, r.column) : '', r.reason])));
  } else {
    section.append(notice('success', text('imports.all-in')));
  }
}
