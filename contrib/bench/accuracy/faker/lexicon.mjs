// lexicon.mjs: every given name and surname in @faker-js/faker's person data (all locales), as
// JSON {given: [...], surname: [...]}, lower case. gen_names.py checks its invented names against
// it so that none of them is a real common name. Usage: node lexicon.mjs > /tmp/lexicon.json
import { allLocales } from '@faker-js/faker';

const given = new Set();
const surname = new Set();
function add(set, v) {
  if (!v) return;
  if (typeof v === 'string') {
    for (const w of v.toLowerCase().split(/[\s-]+/)) if (w) set.add(w);
  } else if (Array.isArray(v)) v.forEach((x) => add(set, x));
  else if (typeof v === 'object') Object.values(v).forEach((x) => add(set, x));
}
for (const loc of Object.values(allLocales)) {
  const p = loc.person;
  if (!p) continue;
  add(given, p.first_name);
  add(given, p.middle_name);
  add(surname, p.last_name);
}
console.log(JSON.stringify({ given: [...given].sort(), surname: [...surname].sort() }));
