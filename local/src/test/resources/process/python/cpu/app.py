"""CPU-bound, single-threaded and deterministic: `work` rounds of a 32-bit FNV-style mix.

node/cpu/index.mjs computes the same checksum, so both runtimes do comparable work for the same event.
"""
DEFAULT_WORK = 1000000


def handler(event, context):
    work = event.get("work") if isinstance(event, dict) else None
    if not isinstance(work, int) or isinstance(work, bool) or work < 0:
        work = DEFAULT_WORK
    value = 0x811C9DC5
    for i in range(work):
        value = ((value ^ i) * 0x01000193) & 0xFFFFFFFF
    return {"work": work, "checksum": "%08x" % value}
