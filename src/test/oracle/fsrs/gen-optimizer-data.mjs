#!/usr/bin/env node
// Writes the optimizer's test data: a simulate.mjs review log (10,000 cards, 365 days, seed 42) in a
// compact line format, and what fsrs-rs (optimize.mjs) makes of it.
//
//   node src/test/oracle/fsrs/gen-optimizer-data.mjs [--oracle DIR]
//
// sim-10k.txt.gz:  C <cardId> then one line per review: "<ms since previous review (epoch ms first)> <rating>"
// sim-10k.fsrs-rs.json: optimize.mjs output (fitted params, log loss / RMSE(bins) of defaults, fitted, true params).
// sim-10k.fsrs-rs.no-short-term.json: the same with --no-short-term (same-day reviews not modelled).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../..');
const i = process.argv.indexOf('--oracle');
const oracleDir = resolve(i > 0 ? process.argv[i + 1] : resolve(repoRoot, '../shared/oracles/fsrs'));
const outDir = resolve(repoRoot, 'src/test/resources/fsrs');

const sim = spawnSync(process.execPath, ['simulate.mjs', '--cards', '10000', '--days', '365', '--seed', '42'],
  { cwd: oracleDir, maxBuffer: 1 << 30 });
if (sim.status !== 0) throw new Error(String(sim.stderr));
const doc = JSON.parse(sim.stdout);
const lines = [`# simulate.mjs --cards 10000 --days 365 --seed 42; trueParams ${doc.meta.trueParams.join(',')}`];
for (const c of doc.cards) {
  lines.push(`C ${c.id}`);
  let prev = 0;
  for (const r of c.reviews) {
    const ms = Date.parse(r.ts);
    lines.push(`${ms - prev} ${r.rating}`);
    prev = ms;
  }
}
writeFileSync(resolve(outDir, 'sim-10k.txt.gz'), gzipSync(lines.join('\n') + '\n', { level: 9 }));

const opt = spawnSync(process.execPath, ['optimize.mjs', '--runs', '3'], { cwd: oracleDir, input: sim.stdout, maxBuffer: 1 << 30 });
if (opt.status !== 0) throw new Error(String(opt.stderr));
writeFileSync(resolve(outDir, 'sim-10k.fsrs-rs.json'), opt.stdout);
const noShort = spawnSync(process.execPath, ['optimize.mjs', '--runs', '1', '--no-short-term'], { cwd: oracleDir, input: sim.stdout, maxBuffer: 1 << 30 });
if (noShort.status !== 0) throw new Error(String(noShort.stderr));
writeFileSync(resolve(outDir, 'sim-10k.fsrs-rs.no-short-term.json'), noShort.stdout);
console.error(`[gen-optimizer-data] ${doc.cards.length} cards, ${doc.meta.reviews} reviews -> ${outDir}`);
