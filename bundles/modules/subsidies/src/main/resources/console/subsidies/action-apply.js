// A subsidy application started from the customer's page: the customer is the page's, never an
// id typed; after saving, the application opens on the subsidies page.
import { clear } from '/console/shell/polku.js';
import { newApplicationForm } from './page.js';

export default async function render(root, page) {
  clear(root, newApplicationForm('subsidies', page.customer));
}
