// CPU-bound, single-threaded and deterministic: `work` rounds of a 32-bit FNV-style mix, no allocation in the loop.
// python/cpu/app.py computes the same checksum, so both runtimes do comparable work for the same event.
const DEFAULT_WORK = 1_000_000;

export const handler = async (event) => {
  const work = Number.isInteger(event?.work) && event.work >= 0 ? event.work : DEFAULT_WORK;
  let hash = 0x811c9dc5;
  for (let i = 0; i < work; i++) {
    hash = Math.imul(hash ^ i, 0x01000193) >>> 0;
  }
  return { work, checksum: hash.toString(16).padStart(8, '0') };
};
