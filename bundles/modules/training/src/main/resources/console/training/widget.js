// Dashboard widget: the courses that take applications now and their seats left.
import { clear, api, h, notice } from '/console/shell/polku.js';
import { text } from './catalogue.js';

export default async function render(root) {
  const open = (await api('v1/training/courses')).filter(c => c.openForApplications);
  clear(root, open.length ? h('ul', { 'aria-label': text('widget.caption') },
    open.map(c => h('li', {}, text('widget.line', c.name, c.seatsLeft, c.seats))))
    : notice('info', text('widget.none')));
}
