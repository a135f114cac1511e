// The expert assessments' appropriation: this year's amount, what orders have committed and
// invoices used, what is left; a unit lead sets the amount.
import { api, clear, field, form, h, hasRole, heading, loading, saved, t, table, today } from '/console/shell/polku.js';
import { euros, names, text } from './catalogue.js';

export const TITLE = names('page.title');

export default async function render(root) {
  clear(root, heading(t(TITLE)), loading());
  const year = Number(today().slice(0, 4));
  const [b, experts] = await Promise.all([api('v1/expert-assessments/appropriations/' + year), api('v1/expert-assessments/experts')]);
  clear(root, heading(t(TITLE)), h('p', {}, text('page.intro')),
    table(text('page.balance-caption', year), [text('page.amount'), text('page.committed'), text('page.invoiced'), text('page.remaining')],
      [[euros(b.amountCents), euros(b.committedCents), euros(b.invoicedCents), euros(b.remainingCents)]]),
    hasRole('unit-lead') ? form([
      field({ name: 'amount', type: 'number', required: true, min: 0, label: text('page.set-amount', year), value: b.amountCents / 100 }),
    ], text('page.save'), async values => {
      await api('v1/expert-assessments/appropriations/' + year, { method: 'PUT',
        body: { amountCents: values.amount === null ? null : Math.round(values.amount * 100) } });
      saved(text('page.saved'));
      await render(root);
    }) : null,
    h('h2', {}, text('page.experts')),
    experts.length ? h('ul', {}, experts.map(e => h('li', {}, e.name + ' (' + e.businessId + ')'))) : h('p', {}, text('page.no-experts')));
}
