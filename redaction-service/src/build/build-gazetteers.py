#!/usr/bin/env python3
"""Derives the compact gazetteers shipped in src/main/resources/gazetteers from ../shared/datasets/gazetteers.

Run from the module directory:  python3 src/build/build-gazetteers.py ../../shared/datasets/gazetteers
Only dictionaries (names, places, common words) are read here; no evaluation data.
Output is sorted and deterministic so the generated files diff cleanly.
"""
import csv
import math
import os
import sys

# Default: the datasets beside the repository (<repo>/../shared/datasets), wherever the checkout is.
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'datasets', 'gazetteers')
out = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'gazetteers')
os.makedirs(os.path.join(out, 'en'), exist_ok=True)


def rows(path, **kw):
    with open(os.path.join(src, path), encoding='utf-8-sig', newline='') as f:
        yield from csv.DictReader(f, **kw)


def title(name):
    return '-'.join(p[:1].upper() + p[1:].lower() for p in name.split('-'))


def write(name, entries):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        for key in sorted(entries):
            f.write(f'{key}\t{entries[key]}\n')


# First names: weight = log10 of the number of US births (SSA), census and international lists add a floor.
first = {}
for r in rows('ssa-babynames/ssa_first_names_by_name.csv'):
    n = int(r['count'])
    if n >= 30:
        first[r['name']] = max(first.get(r['name'], 0), round(math.log10(n), 1))
for f in ('census-names/census1990_first_names_male.csv', 'census-names/census1990_first_names_female.csv'):
    for r in rows(f):
        first[title(r['name'])] = max(first.get(title(r['name']), 0), 3.0)
for r in rows('intl-names/common-forenames-by-country.csv'):
    for col in ('Romanized Name', 'Localized Name'):
        name = (r.get(col) or '').strip()
        if name and name.replace('-', '').replace("'", '').isalpha() and name[0].isupper():
            first[name] = max(first.get(name, 0), 3.5)
write('first-names.tsv', first)

# Surnames: weight = log10 of bearers per 100 million (census 1990 frequency), international lists add a floor.
last = {}
for r in rows('census-names/census1990_surnames.csv'):
    pct = float(r['freq_pct'])
    w = round(math.log10(max(pct, 0.0005) * 1e6), 1)
    if int(r['rank']) <= 60000:
        last[title(r['name'])] = max(last.get(title(r['name']), 0), w)
for r in rows('census-names/census2010_surnames_top1000.csv'):
    last[title(r['name'])] = max(last.get(title(r['name']), 0), 3.0)
for r in rows('intl-names/common-surnames-by-country.csv'):
    for col in ('Romanized Name', 'Localized Name'):
        name = (r.get(col) or '').strip()
        if name and name.replace('-', '').replace("'", '').replace(' ', '').isalpha() and name[0].isupper() and ' ' not in name:
            last[name] = max(last.get(name, 0), 3.0)
write('surnames.tsv', last)

# Common English words (SCOWL size: 10 = most common ... 70), lower-case entries only.
words = {}
for r in rows('english-words/scowl_english_words_le70.csv'):
    w = r['word']
    if w.islower() and "'" not in w:
        words[w] = min(words.get(w, 99), int(r['scowl_size']))
write('en/common-words.tsv', words)

# Places: countries, first-level regions, US states, cities with 15,000+ inhabitants (GeoNames).
places = {}


def place(name, kind, population):
    name = name.strip()
    if len(name) < 3 or not name[0].isupper():
        return
    old = places.get(name)
    if old is None or population > int(old.split('\t')[1]):
        places[name] = f'{kind}\t{population}'


with open(os.path.join(src, 'geonames/countryInfo.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) > 7:
            place(c[4], 'country', int(c[7] or 0))
for r in rows('geonames/country-codes.csv'):
    for col in ('CLDR display name', 'official_name_en', 'UNTERM English Short'):
        name = (r.get(col) or '').replace('(the)', '').strip()
        if name:
            place(name, 'country', 1_000_000)
with open(os.path.join(src, 'geonames/admin1CodesASCII.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) < 3:
            continue
        place(c[1], 'region', 500_000)
        place(c[2], 'region', 500_000)
for r in rows('geonames/us_states.csv'):
    place(r['name'], 'region', 1_000_000)
for r in rows('geonames/cities15000_slim.csv'):
    pop = int(r['population'] or 0)
    place(r['name'], 'city', pop)
    place(r['asciiname'], 'city', pop)
write('places.tsv', places)
# Top-level domains: country codes from GeoNames plus the generic ones in common use.
tlds = {'com': 'g', 'org': 'g', 'net': 'g', 'edu': 'g', 'gov': 'g', 'mil': 'g', 'int': 'g', 'info': 'g', 'biz': 'g',
        'name': 'g', 'pro': 'g', 'io': 'g', 'app': 'g', 'dev': 'g', 'shop': 'g', 'online': 'g', 'site': 'g', 'xyz': 'g',
        'tech': 'g', 'store': 'g', 'cloud': 'g', 'ai': 'g', 'mobi': 'g', 'email': 'g', 'blog': 'g', 'news': 'g'}
with open(os.path.join(src, 'geonames/countryInfo.tsv'), encoding='utf-8') as f:
    for line in f:
        c = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(c) > 9 and c[9].startswith('.'):
            tlds[c[9][1:].lower()] = 'cc'
write('tlds.tsv', tlds)
print(len(first), 'first names,', len(last), 'surnames,', len(words), 'words,', len(places), 'places')
