#!/usr/bin/env node
// Generates the differential test vectors for prepdeck.review.fsrs: random review histories run
// through ts-fsrs 5.4.2 exactly as ../shared/oracles/fsrs/schedule.mjs runs them (same option
// mapping, same day-start shift, same per-review fields), written as a small line format the Java
// test reads without a JSON library.
//
//   cd ../shared/oracles/fsrs && npm install      # once: ts-fsrs + the fsrs-rs binding
//   node src/test/oracle/fsrs/gen-vectors.mjs [--oracle DIR] [--out FILE] [--seed N] [--per-set N] [--check N]
//
// --check N pipes the first N histories of every fuzz-free option set through schedule.mjs itself
// and fails if any field differs from what this script computed (proves the two run ts-fsrs alike).
//
// Output (gzip), one record per line, space-separated:
//   O <name> dr=<x> day=<min> short=<0|1> fuzz=<0|1> max=<days> ls=<steps|-> rls=<steps|-> w=<comma list|->
//   C <cardId>                                   a history under the last O line
//   R <dt> <rating> <elapsed_days> <r_before|-> <state> <stability> <difficulty> <scheduled_days> <dueIn> <learning_step>
// dt: ms since the previous review of the card (epoch ms for the first); dueIn: ms from the review to its due time.
// Numbers are JavaScript's shortest round-trip form; stability/difficulty/r_before are ts-fsrs's
// own (8-decimal) values, unrounded by us. Fuzz sets seed ts-fsrs with GenSeedStrategyWithCardId,
// i.e. seed = card id + review count.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]);
  return acc;
}, []));
const oracleDir = resolve(args.oracle ?? resolve(repoRoot, '../shared/oracles/fsrs'));
const outFile = resolve(args.out ?? resolve(repoRoot, 'src/test/resources/fsrs/ts-fsrs-vectors.txt.gz'));
const seed = Number(args.seed ?? 20260105);
const perSet = Number(args['per-set'] ?? 1500);
const checkN = Number(args.check ?? 0);

const tsf = await import(pathToFileURL(resolve(oracleDir, 'node_modules/ts-fsrs/dist/index.mjs')).href);
const { mulberry32 } = await import(pathToFileURL(resolve(oracleDir, 'lib.mjs')).href);
const DAY = 86_400_000;
const STATE = ['New', 'Learning', 'Review', 'Relearning'];
const rnd = mulberry32(seed);

const FSRS5 = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395,
  0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621];
const FSRS45 = [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072, 0.0793,
  0.3246, 1.587, 0.2272, 2.8755];
// Defaults scaled by a random factor each; a few pushed out of range on purpose (clipping, S0 floor).
const perturbed = tsf.default_w.map((x) => Number((x * (0.5 + rnd())).toFixed(4)));
perturbed[0] = 0.05; // below ts-fsrs's 0.1 floor for the first stability
perturbed[7] = 0.9; // above the 0.75 bound
const perturbed2 = tsf.default_w.map((x) => Number((x * (0.7 + 0.6 * rnd())).toFixed(5)));
perturbed2[19] = 0; // below the 0.01 floor when same-day reviews are modelled
perturbed2[20] = 0.5;

const OPTION_SETS = [
  { name: 'defaults' },
  { name: 'dr80-day4h-nosteps', desiredRetention: 0.8, dayStartUtcMinutes: 240, learningSteps: [], relearningSteps: [] },
  { name: 'longterm-dr95-max365', desiredRetention: 0.95, enableShortTerm: false, maximumInterval: 365 },
  { name: 'custom-manysteps', desiredRetention: 0.85, dayStartUtcMinutes: 1380, params: perturbed,
    learningSteps: ['1m', '5m', '30m', '1h'], relearningSteps: ['5m', '20m'] },
  { name: 'daysteps-day12h', dayStartUtcMinutes: 720, learningSteps: ['10m', '1d'], relearningSteps: ['1h', '2d'] },
  { name: 'fsrs5-params', params: FSRS5, desiredRetention: 0.9, relearningSteps: ['10m', '1h', '3h'] },
  { name: 'fsrs45-longterm', params: FSRS45, enableShortTerm: false, dayStartUtcMinutes: 60 },
  { name: 'custom2-dr70-max30', params: perturbed2, desiredRetention: 0.7, maximumInterval: 30, learningSteps: ['2m'] },
  { name: 'fuzz-defaults', enableFuzz: true },
  { name: 'fuzz-longterm', enableFuzz: true, enableShortTerm: false, desiredRetention: 0.85, maximumInterval: 1000 },
  { name: 'fuzz-custom', enableFuzz: true, params: perturbed, learningSteps: ['15m'], relearningSteps: ['10m', '30m'], dayStartUtcMinutes: 300 },
];

function scheduler(opt) {
  const f = tsf.fsrs(tsf.generatorParameters({
    w: opt.params,
    request_retention: opt.desiredRetention ?? 0.9,
    enable_fuzz: Boolean(opt.enableFuzz ?? false),
    enable_short_term: opt.enableShortTerm ?? true,
    learning_steps: opt.learningSteps ?? tsf.default_learning_steps,
    relearning_steps: opt.relearningSteps ?? tsf.default_relearning_steps,
    maximum_interval: opt.maximumInterval ?? tsf.default_maximum_interval,
  }));
  if (opt.enableFuzz) f.useStrategy(tsf.StrategyMode.SEED, tsf.GenSeedStrategyWithCardId('card_id'));
  return f;
}

/** schedule.mjs's per-card loop, for reviews given as [{ts (ms), rating}] in time order. */
function replay(f, opt, id, reviews) {
  const shift = (opt.dayStartUtcMinutes ?? 0) * 60_000;
  const w = f.parameters.w;
  let card = tsf.createEmptyCard(new Date(reviews[0].ts - shift));
  if (opt.enableFuzz) card.card_id = id;
  return reviews.map((rev, i) => {
    const prev = card;
    const { card: next, log } = f.next(prev, new Date(rev.ts - shift), rev.rating);
    card = next;
    return {
      i, ts: rev.ts, rating: rev.rating, elapsed_days: log.elapsed_days,
      r_before: prev.state === tsf.State.New ? null : tsf.forgetting_curve(w, log.elapsed_days, prev.stability),
      state: STATE[next.state], stability: next.stability, difficulty: next.difficulty,
      scheduled_days: next.scheduled_days, due: next.due.getTime() + shift, learning_step: next.learning_steps,
    };
  });
}

const pickRating = (p) => {
  let u = rnd();
  for (let g = 1; g <= 4; g++) { u -= p[g - 1]; if (u < 0) return g; }
  return 4;
};
const RATING_MIXES = [[0.2, 0.15, 0.5, 0.15], [0.05, 0.05, 0.3, 0.6], [0.6, 0.2, 0.15, 0.05], [0.25, 0.25, 0.25, 0.25]];

/** A random history, timed around the ts-fsrs due dates with same-day repeats, long gaps and day-boundary hits. */
function randomHistory(f, opt, id) {
  const shift = (opt.dayStartUtcMinutes ?? 0) * 60_000;
  const mix = RATING_MIXES[Math.floor(rnd() * RATING_MIXES.length)];
  const n = 1 + Math.floor(Math.pow(rnd(), 1.6) * 30);
  let t = Date.parse('2025-01-01T00:00:00Z') + Math.floor(rnd() * 730) * DAY + Math.floor(rnd() * DAY);
  const reviews = [];
  let card = tsf.createEmptyCard(new Date(t - shift));
  if (opt.enableFuzz) card.card_id = id;
  for (let i = 0; i < n; i++) {
    const rating = pickRating(mix);
    reviews.push({ ts: t, rating });
    card = f.next(card, new Date(t - shift), rating).card;
    const due = card.due.getTime() + shift;
    const u = rnd();
    let next;
    if (u < 0.12) next = t + Math.floor(rnd() * 90 * 60_000); // same session, minutes later (may cross a day start)
    else if (u < 0.15) next = t; // the same instant again
    else if (u < 0.25) next = t + Math.floor((30 + rnd() * 3000) * DAY * (rnd() < 0.3 ? 4 : 1)); // long gap
    else if (u < 0.32) { // a few ms or s around the next day start
      const dayStart = (Math.floor((t - shift) / DAY) + 1 + Math.floor(rnd() * 3)) * DAY + shift;
      next = Math.max(t, dayStart + Math.floor((rnd() - 0.5) * (rnd() < 0.5 ? 10 : 120_000)));
    } else if (u < 0.45) next = due; // exactly when due
    else next = Math.max(t, due + Math.floor((rnd() * 7 - 2) * DAY * rnd()) + Math.floor(rnd() * 3_600_000)); // around due
    t = next;
  }
  return reviews;
}

function fmt(x) {
  return x === null || x === undefined ? '-' : String(x);
}

const lines = [
  `# ts-fsrs ${tsf.FSRSVersion} vectors for prepdeck.review.fsrs; generated by src/test/oracle/fsrs/gen-vectors.mjs --seed ${seed} --per-set ${perSet}`,
];
const sets = [...OPTION_SETS.map((opt) => ({ opt, cards: null }))];
// The oracle's own example, as a set of its own.
const sample = JSON.parse(readFileSync(resolve(oracleDir, 'examples/sample.json'), 'utf8'));
sets.push({
  opt: { name: 'oracle-sample', desiredRetention: sample.desiredRetention },
  cards: sample.cards.map((c) => ({ id: c.id, reviews: c.reviews.map((r) => ({ ts: typeof r.ts === 'number' ? r.ts : Date.parse(r.ts), rating: r.rating })) })),
});

let histories = 0;
let reviewsTotal = 0;
for (const { opt, cards: given } of sets) {
  const f = scheduler(opt);
  const cards = given ?? Array.from({ length: perSet }, (_, k) => {
    const id = `${opt.name}-${k}`;
    return { id, reviews: randomHistory(f, opt, id) };
  });
  lines.push(['O', opt.name, `dr=${opt.desiredRetention ?? 0.9}`, `day=${opt.dayStartUtcMinutes ?? 0}`,
    `short=${(opt.enableShortTerm ?? true) ? 1 : 0}`, `fuzz=${opt.enableFuzz ? 1 : 0}`, `max=${opt.maximumInterval ?? 36500}`,
    `ls=${opt.learningSteps ? (opt.learningSteps.join(',') || '-') : '1m,10m'}`,
    `rls=${opt.relearningSteps ? (opt.relearningSteps.join(',') || '-') : '10m'}`,
    `w=${opt.params ? opt.params.join(',') : '-'}`].join(' '));
  for (const c of cards) {
    lines.push(`C ${c.id}`);
    let prevTs = 0;
    for (const r of replay(f, opt, c.id, c.reviews)) {
      lines.push(['R', r.ts - prevTs, r.rating, r.elapsed_days, fmt(r.r_before), r.state, r.stability, r.difficulty,
        r.scheduled_days, r.due - r.ts, r.learning_step].join(' '));
      prevTs = r.ts;
      reviewsTotal++;
    }
    histories++;
  }
  if (checkN > 0 && !opt.enableFuzz) checkAgainstScheduleMjs(opt, cards.slice(0, checkN), f);
}

const gz = gzipSync(lines.join('\n') + '\n', { level: 9 });
writeFileSync(outFile, gz);
console.error(`[gen-vectors] ${sets.length} option sets, ${histories} histories, ${reviewsTotal} reviews -> ${outFile} (${gz.length} bytes)`);

function checkAgainstScheduleMjs(opt, cards, f) {
  const input = {
    desiredRetention: opt.desiredRetention, dayStartUtcMinutes: opt.dayStartUtcMinutes, params: opt.params,
    enableFuzz: false, enableShortTerm: opt.enableShortTerm, learningSteps: opt.learningSteps,
    relearningSteps: opt.relearningSteps, maximumInterval: opt.maximumInterval,
    cards: cards.map((c) => ({ id: c.id, reviews: c.reviews })),
  };
  const run = spawnSync(process.execPath, ['schedule.mjs'], { cwd: oracleDir, input: JSON.stringify(input), maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`schedule.mjs failed: ${run.stderr}`);
  const theirs = run.stdout.toString().trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  const ours = cards.flatMap((c) => replay(f, opt, c.id, c.reviews).map((r) => ({ card: c.id, ...r })));
  if (theirs.length !== ours.length) throw new Error(`${opt.name}: schedule.mjs gave ${theirs.length} rows, we ${ours.length}`);
  const r6 = (x) => (x === null ? null : Math.round(x * 1e6) / 1e6);
  theirs.forEach((t, k) => {
    const o = ours[k];
    const same = t.card === o.card && t.i === o.i && t.elapsed_days === o.elapsed_days && t.r_before === r6(o.r_before)
      && t.state === o.state && t.stability === r6(o.stability) && t.difficulty === r6(o.difficulty)
      && t.scheduled_days === o.scheduled_days && t.due === new Date(o.due).toISOString() && t.learning_step === o.learning_step;
    if (!same) throw new Error(`${opt.name}: row ${k} differs from schedule.mjs:\n${JSON.stringify(t)}\n${JSON.stringify(o)}`);
  });
  console.error(`[gen-vectors] ${opt.name}: ${theirs.length} rows identical to schedule.mjs`);
}
