// gen.mjs: a labelled multi-locale PII corpus for bench_accuracy, in presidio-research's JSON
// shape (full_text + spans with code-point offsets). Deterministic: fixed seed per locale.
// Usage: npm ci && node gen.mjs > ../data/faker_multilocale.json
import { fakerDE, fakerEN_GB, fakerEN_US, fakerFR, fakerNL } from '@faker-js/faker';

const LOCALES = [
  ['en_US', fakerEN_US, 'IE'],
  ['en_GB', fakerEN_GB, 'GB'],
  ['de', fakerDE, 'DE'],
  ['fr', fakerFR, 'FR'],
  ['nl', fakerNL, 'NL'],
];
const PER_LOCALE = 400;

// {x} slots are filled with a labelled value; the rest is the locale's own prose.
const TEMPLATES = {
  en: [
    'Hi, this is {name}. You can reach me at {EMAIL_ADDRESS} or call {PHONE_NUMBER}.',
    'Please charge my card {CREDIT_CARD} for the order and send the receipt to {EMAIL_ADDRESS}.',
    'Wire the refund to IBAN {IBAN_CODE}, account holder {name}.',
    'The login from {IP_ADDRESS} looked suspicious, can you check it?',
    'My phone number changed, it is now {PHONE_NUMBER}. Thanks!',
    'Server {IP_ADDRESS} is down again since {date}, ticket opened by {name}.',
    'Update the customer: {name}, {EMAIL_ADDRESS}, {PHONE_NUMBER}, card ending in the number {CREDIT_CARD}.',
    'On {date} we received {amount} from {IBAN_CODE}.',
  ],
  de: [
    'Hallo, hier ist {name}. Erreichbar unter {EMAIL_ADDRESS} oder telefonisch unter {PHONE_NUMBER}.',
    'Bitte überweisen Sie den Betrag auf die IBAN {IBAN_CODE} (Kontoinhaber: {name}).',
    'Meine Kreditkarte {CREDIT_CARD} wurde am {date} belastet.',
    'Der Zugriff kam von {IP_ADDRESS}, können Sie das prüfen?',
    'Neue Telefonnummer: {PHONE_NUMBER}. Grüße, {name}',
    'Rückerstattung über {amount} an {IBAN_CODE} veranlasst.',
  ],
  fr: [
    'Bonjour, je suis {name}. Contactez-moi à {EMAIL_ADDRESS} ou au {PHONE_NUMBER}.',
    'Merci de virer le remboursement sur l\'IBAN {IBAN_CODE} au nom de {name}.',
    'Ma carte {CREDIT_CARD} a été débitée le {date}.',
    'La connexion venait de {IP_ADDRESS}, pouvez-vous vérifier ?',
    'Mon nouveau numéro : {PHONE_NUMBER}. Cordialement, {name}',
  ],
  nl: [
    'Hoi, met {name}. Je kunt me mailen op {EMAIL_ADDRESS} of bellen naar {PHONE_NUMBER}.',
    'Graag het bedrag overmaken naar IBAN {IBAN_CODE} t.n.v. {name}.',
    'Mijn creditcard {CREDIT_CARD} is op {date} belast.',
    'De login kwam van {IP_ADDRESS}, kun je dat nakijken?',
    'Mijn nieuwe nummer is {PHONE_NUMBER}. Groeten, {name}',
  ],
};

function value(f, slot, country) {
  switch (slot) {
    case 'EMAIL_ADDRESS': return f.internet.email();
    case 'PHONE_NUMBER':
      return f.phone.number({ style: f.helpers.arrayElement(['human', 'national', 'international']) });
    case 'CREDIT_CARD': return f.finance.creditCardNumber();
    case 'IBAN_CODE':
      return f.finance.iban({ formatted: f.datatype.boolean(), countryCode: f.helpers.arrayElement([country, 'DE', 'FR', 'NL', 'GB', 'ES', 'IT']) });
    case 'IP_ADDRESS': return f.datatype.boolean({ probability: 0.7 }) ? f.internet.ipv4() : f.internet.ipv6();
    case 'name': return f.person.fullName();
    case 'date': return f.date.past().toISOString().slice(0, 10);
    case 'amount': return f.finance.amount({ symbol: '€ ' });
    default: throw new Error(slot);
  }
}

const out = [];
for (const [name, f, country] of LOCALES) {
  f.seed(20240615);
  const lang = name.slice(0, 2);
  const templates = TEMPLATES[lang] ?? TEMPLATES.en;
  for (let i = 0; i < PER_LOCALE; i++) {
    const tpl = f.helpers.arrayElement(templates);
    let text = '';
    const spans = [];
    let last = 0;
    for (const m of tpl.matchAll(/\{(\w+)\}/g)) {
      text += tpl.slice(last, m.index);
      const v = value(f, m[1], country);
      const start = [...text].length;
      text += v;
      if (m[1] === m[1].toUpperCase())
        spans.push({ entity_type: m[1], entity_value: v, start_position: start, end_position: start + [...v].length });
      last = m.index + m[0].length;
    }
    text += tpl.slice(last);
    out.push({ full_text: text, spans, template_id: templates.indexOf(tpl), metadata: { locale: name } });
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
