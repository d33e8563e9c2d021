// Bundles the contract's sources (src/main/openapi/v1/) into src/main/openapi/loop-v1.yaml with
// Redocly CLI (configured in redocly.yaml). With --check it writes nothing and fails when the
// committed document is not, byte for byte, what the sources give.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const SOURCES = 'src/main/openapi/v1';
const DOCUMENT = 'src/main/openapi/loop-v1.yaml';

class Refusal extends Error {}

const sources = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SOURCES, name), 'utf8') }));

// Component names are global (they name the generated classes). Redocly does not always notice
// two files declaring one name: it may keep one declaration and drop the other without a word.
function declaredComponents() {
  const declared = new Map();
  for (const { name, text } of sources) {
    for (const [section, components] of Object.entries(parse(text)?.components ?? {})) {
      for (const [component, value] of Object.entries(components ?? {})) {
        if (value?.$ref) continue; // a reference to the declaration, as in openapi.yaml
        const key = `${section}/${component}`;
        if (declared.has(key)) throw new Refusal(`components/${key} is declared in ${declared.get(key)} and in ${name}: keep one.`);
        declared.set(key, name);
      }
    }
  }
  return declared;
}

// Redocly reads numbers as JavaScript doubles, so 9223372036854775807 (the int64 maximum) comes
// out as 9223372036854776000 (Redocly/redocly-cli#1389). Put back the integers the sources wrote.
function restoreLargeIntegers(text) {
  const written = new Map();
  for (const { text: source } of sources) {
    for (const [, literal] of source.matchAll(/:\s+(-?\d{16,})\s*$/gm)) {
      const rounded = String(Number(literal));
      if (rounded === literal) continue;
      if (written.has(rounded) && written.get(rounded) !== literal) {
        throw new Refusal(`${literal} and ${written.get(rounded)} are one JavaScript number: use one of them.`);
      }
      written.set(rounded, literal);
    }
  }
  return text.replace(/(:\s+)(-?\d{16,})$/gm, (all, before, number) => before + (written.get(number) ?? number));
}

function bundle() {
  const declared = declaredComponents();
  const scratch = mkdtempSync(join(tmpdir(), 'loop-v1-bundle-'));
  try {
    const output = join(scratch, 'loop-v1.yaml');
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/@redocly/cli/bin/cli.js',
        'bundle',
        'loop-v1',
        `--output=${output}`,
        // A component keeps its name: the generated Java classes are named after it.
        '--component-renaming-conflicts-severity=error',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
    );
    if (run.status !== 0) throw new Refusal(run.stderr);
    const text = restoreLargeIntegers(readFileSync(output, 'utf8'));
    // The bundle takes only what the paths reference; a component nothing uses would vanish quietly.
    const bundled = parse(text).components ?? {};
    for (const [key, file] of declared) {
      const [section, component] = key.split('/');
      if (!bundled[section]?.[component]) throw new Refusal(`components/${key} in ${file} is referenced nowhere: use it or delete it.`);
    }
    return text;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  const text = bundle();
  if (process.argv.includes('--check')) {
    if (readFileSync(DOCUMENT, 'utf8') !== text) {
      throw new Refusal(`${DOCUMENT} is not what the sources in ${SOURCES}/ give: run npm run bundle in openapi/ and commit the result.`);
    }
    console.log(`${DOCUMENT} is the bundle of ${SOURCES}/.`);
  } else {
    writeFileSync(DOCUMENT, text);
    console.log(`Bundled ${SOURCES}/ into ${DOCUMENT}.`);
  }
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
