// What if a candidate rule set were in force: the IT admin chooses a draft (a rule-set bundle
// installed with polku.ruleset.draft=true) and sees, for today's caseload, the hours of statutory
// work per unit and week under it beside the rules in force, against the hours the units have:
// a chart of the area's totals and a table per unit (the chart's figures, for every reader).
import { ApiError, api, barChart, clear, exportButtons, fmtDate, h, heading, lang, loading, notice, table } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const hours = n => n.toLocaleString(lang() === 'en' ? 'en-GB' : lang() + '-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const sum = list => list.reduce((a, b) => a + b, 0);

export default async function render(root, context) {
  const drafts = await api('v1/rules/drafts');
  const intro = [heading(text('whatif.title')), h('p', {}, text('whatif.intro'))];
  if (!drafts.length) {
    clear(root, intro, notice('info', text('whatif.none')));
    return;
  }
  const [asked] = context.args;
  const chosen = drafts.find(d => d.id === asked) || drafts[0];
  const choice = h('fieldset', { id: 'whatif-drafts' }, h('legend', {}, text('whatif.draft')),
    drafts.map(d => h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'draft', id: 'draft-' + d.id, value: d.id, checked: d.id === chosen.id,
        onchange: () => { location.hash = '#/admin-whatif/' + encodeURIComponent(d.id); } }),
      h('label', { for: 'draft-' + d.id }, h('code', {}, d.id), ' ', text('whatif.effective', fmtDate(d.effectiveFrom))))));
  const parameters = table(text('whatif.parameters'), [text('whatif.parameter'), text('whatif.value')],
    chosen.parameters.map(p => [h('code', {}, p.key), h('code', {}, p.value)]));
  const result = h('section', { id: 'whatif-result', 'aria-live': 'polite' }, loading());
  clear(root, intro, choice, lang() === 'en' ? h('p', {}, chosen.title) : null, parameters, result);
  let f;
  try {
    f = await api('v1/forecast/workload?weeks=12&ruleSet=' + encodeURIComponent(chosen.id));
  } catch (e) {
    clear(result, notice('error', e instanceof ApiError ? e.message : String(e)));
    return;
  }
  show(result, f);
}

async function show(root, f) {
  const weeks = f.units.length ? f.units[0].weeks.map(w => w.monday) : [];
  const name = u => (u.names && (u.names[lang()] || u.names.fi)) || u.unit;
  const total = (units, key) => weeks.map((_, i) => sum(units.map(u => u.weeks[i][key])));
  const nowDue = total(f.units, 'hoursDue');
  const draftDue = total(f.whatIf, 'hoursDue');
  const available = total(f.units, 'hoursAvailable');
  const over = units => sum(units.map(u => u.weeks.filter(w => w.overCapacity).length));
  const cell = w => h('span', { 'data-over': w.overCapacity ? 'true' : undefined },
    text('whatif.due-of-available', hours(w.hoursDue), hours(w.hoursAvailable)), w.overCapacity ? h('strong', {}, ' ', text('whatif.over')) : null);
  const headers = [text('whatif.unit'), text('whatif.rules'), ...weeks.map(m => text('whatif.week', fmtDate(m))), text('whatif.total')];
  const rows = f.units.flatMap((u, i) => [
    [name(u), text('whatif.in-force'), ...u.weeks.map(cell), hours(sum(u.weeks.map(w => w.hoursDue)))],
    [name(u), text('whatif.under-draft'), ...f.whatIf[i].weeks.map(cell), hours(sum(f.whatIf[i].weeks.map(w => w.hoursDue)))]]);
  clear(root, h('h2', {}, text('whatif.result')),
    h('p', { id: 'whatif-summary' }, text('whatif.summary', hours(sum(draftDue)), hours(sum(nowDue)), over(f.whatIf), over(f.units))),
    h('p', { class: 'hint' }, text('whatif.assumption', fmtDate(f.from))));
  await barChart(root, { label: text('whatif.chart'), labels: weeks.map(m => fmtDate(m)), datasets: [
    { label: text('whatif.in-force'), data: nowDue }, { label: text('whatif.under-draft'), data: draftDue },
    { label: text('whatif.available'), data: available }] });
  root.append(h('div', { class: 'table-scroll' }, table(text('whatif.table'), headers, rows)),
    exportButtons({ name: 'polku-what-if', title: text('whatif.title'), headers,
      rows: () => f.units.flatMap((u, i) => [[name(u), text('whatif.in-force'), ...u.weeks.map(w => w.hoursDue), sum(u.weeks.map(w => w.hoursDue))],
        [name(u), text('whatif.under-draft'), ...f.whatIf[i].weeks.map(w => w.hoursDue), sum(f.whatIf[i].weeks.map(w => w.hoursDue))]]) }));
}
