// Shared words of the core's console pages: statutory steps, statuses, units, municipalities.
import { api, t, lang } from '/console/shell/polku.js';
import { text } from './catalogue.js';

const STEPS = {
  'initial-interview': { fi: 'Alkuhaastattelu', sv: 'Inledande intervju', en: 'Initial interview' },
  'supplementary-interview': { fi: 'Täydentävä työnhakukeskustelu', sv: 'Kompletterande jobbsökningssamtal', en: 'Supplementary job-search interview' },
  'job-search-interview': { fi: 'Työnhakukeskustelu', sv: 'Jobbsökningssamtal', en: 'Job-search interview' },
  'municipal-liability': { fi: 'Kunnan rahoitusvastuu alkaa', sv: 'Kommunens finansieringsansvar börjar', en: 'Municipal liability begins' },
};

/** initial-interview → "Alkuhaastattelu"; supplementary-interview-2 → "… 2"; job-search-interview-6m → "… (6 kk)". */
export function stepName(step) {
  for (const [prefix, names] of Object.entries(STEPS)) {
    if (step === prefix) return t(names);
    if (step.startsWith(prefix + '-')) {
      const rest = step.slice(prefix.length + 1);
      if (prefix === 'municipal-liability') return t(names);
      const months = rest.match(/^(\d+)m$/);
      return t(names) + (months ? ` (${months[1]} ${text('texts.months')})` : ' ' + rest);
    }
  }
  return step;
}

export const WORDS = {
  due: { fi: 'Määräpäivä', sv: 'Förfallodag', en: 'Due' },
  from: { fi: 'Alkaen', sv: 'Från', en: 'From' },
  step: { fi: 'Tehtävä', sv: 'Uppgift', en: 'Task' },
  customer: { fi: 'Asiakas', sv: 'Kund', en: 'Customer' },
  municipality: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
  unit: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' },
  state: { fi: 'Tila', sv: 'Status', en: 'State' },
  overdue: { fi: 'Myöhässä', sv: 'Försenad', en: 'Overdue' },
  open: { fi: 'Avoin', sv: 'Öppen', en: 'Open' },
  done: { fi: 'Tehty', sv: 'Klar', en: 'Done' },
  cancelled: { fi: 'Peruttu', sv: 'Inställd', en: 'Cancelled' },
  save: { fi: 'Tallenna', sv: 'Spara', en: 'Save' },
  cancel: { fi: 'Peruuta', sv: 'Avbryt', en: 'Cancel' },
  none: { fi: 'Ei yhtään.', sv: 'Inga.', en: 'None.' },
  saved: { fi: 'Tallennettu.', sv: 'Sparat.', en: 'Saved.' },
  total: { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
};

export const CHANNELS = {
  phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' },
  letter: { fi: 'Kirje', sv: 'Brev', en: 'Letter' },
  online: { fi: 'Verkkoasiointi', sv: 'E-tjänst', en: 'Online service' },
  'in-person': { fi: 'Käynti toimipisteessä', sv: 'Besök på kontoret', en: 'Visit to the office' },
};

export const LANGUAGES = { fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' }, sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  other: { fi: 'muu', sv: 'annat', en: 'other' } };

let organisation;

/** The area's organisation, fetched once per page load. */
export function org() {
  // A failed read (an expired session, a restart) is not kept: the next page asks again.
  organisation = organisation || api('v1/organisation').catch(e => {
    organisation = null;
    throw e;
  });
  return organisation;
}

export function unitName(o, id) {
  const unit = o.units.find(u => u.id === id);
  if (!unit) return id || '';
  return t(unit.names);
}

export function municipalityName(o, code) {
  const m = o.municipalities.find(x => x.code === code);
  if (!m) return code || '';
  return t(m.names);
}

export function label(map, key) {
  return map[key] ? t(map[key]) : (key || '');
}
