// Compares two OpenAPI documents as data: exits 0 if they are equal, 1 and lists the differences
// otherwise. Key order inside objects does not count; array order does. Both documents are read
// as the JavaScript tools read them (YAML 1.2) and as the Java tools do (SnakeYAML: YAML 1.1, with
// timestamps and yes/no/on/off booleans, but y and n stay strings).
// Usage: node scripts/same-document.mjs <a.yaml> <b.yaml>
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/same-document.mjs <a.yaml> <b.yaml>');
  process.exit(2);
}

function differences(x, y, at, out) {
  if (out.length >= 50) return out;
  if (x instanceof Date || y instanceof Date) {
    if (!(x instanceof Date && y instanceof Date && x.getTime() === y.getTime())) out.push(at);
  } else if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) out.push(at);
    else x.forEach((v, i) => differences(v, y[i], `${at}/${i}`, out));
  } else if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const here = `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (!(k in x) || !(k in y)) out.push(here);
      else differences(x[k], y[k], here, out);
    }
  } else if (x !== y) {
    out.push(at);
  }
  return out;
}

const snakeYamlBooleans = (tags) =>
  tags.map((tag) =>
    tag.tag === 'tag:yaml.org,2002:bool'
      ? { ...tag, test: new RegExp(tag.test.source.replace(/^\^\(\?:[YN]\|[yn]\|/, '^(?:')) }
      : tag,
  );
const readings = {
  'YAML 1.2': { version: '1.2' },
  'YAML 1.1 as SnakeYAML': { version: '1.1', customTags: snakeYamlBooleans },
};

let found = [];
for (const [reading, options] of Object.entries(readings)) {
  const read = (file) => parse(readFileSync(file, 'utf8'), { ...options, intAsBigInt: true, maxAliasCount: -1 });
  found = differences(read(a), read(b), '#', []);
  if (found.length) {
    console.error(`${a} and ${b} differ (${reading}) at:\n  ${found.join('\n  ')}`);
    process.exit(1);
  }
}
console.log(`${a} and ${b} are the same document.`);
