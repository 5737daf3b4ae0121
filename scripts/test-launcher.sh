#!/usr/bin/env bash
# Shell-level test of the powertuner launcher's build and start logic, with stand-ins for mvn and java on PATH (no
# real build, runs in a second): first build with an empty Maven repository, version bump, POM and .mvn/ staleness,
# a failing build, and the class-data-sharing archive's life cycle. Exits non-zero on the first failed check.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
bin="$work/bin"
mkdir -p "$root/scripts" "$root/cli/src" "$root/core/src" "$root/local/src" "$root/functions/src" \
  "$root/statemachine" "$root/examples/orders-api/src" "$bin"
cp "$here/powertuner" "$root/powertuner"
printf '#!/bin/sh\n' >"$root/scripts/ensure-node-modules.sh"
chmod +x "$root/scripts/ensure-node-modules.sh"
touch "$root/pom.xml" "$root/cli/pom.xml"

# mvn stand-in: FAKE_OFFLINE / FAKE_ONLINE = ok|fail, FAKE_VERSION = the version it builds.
cat >"$bin/mvn" <<'MVN'
#!/usr/bin/env bash
root="$(dirname "$4")"
mode=FAKE_ONLINE
for a in "$@"; do [ "$a" = -o ] && mode=FAKE_OFFLINE; done
if [ "${!mode}" = fail ]; then
  for i in $(seq 20); do echo "[ERROR] $mode problem $i"; done
  exit 1
fi
mkdir -p "$root/cli/target/lib" "$root/examples/orders-api/target"
touch "$root/cli/target/powertuner-cli-$FAKE_VERSION.jar" "$root/cli/target/lib/powertuner-core-$FAKE_VERSION.jar" \
  "$root/examples/orders-api/target/orders-api.jar"
MVN
# java stand-in: records its arguments; writes the archive it is asked to create.
cat >"$bin/java" <<'JAVA'
#!/usr/bin/env bash
printf '%s\n' "$@" >"$FAKE_ARGS"
for a in "$@"; do
  case "$a" in -XX:ArchiveClassesAtExit=*) echo archive >"${a#*=}" ;; esac
done
JAVA
chmod +x "$bin/mvn" "$bin/java"
export PATH="$bin:$PATH" FAKE_ARGS="$work/java.args" FAKE_OFFLINE=ok FAKE_ONLINE=ok FAKE_VERSION=0.1.0

failures=0
check() {
  if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi
}
run() {
  "$root/powertuner" "$@" 2>"$work/err" >/dev/null
}
later() {
  sleep 1.1  # file times have one-second resolution on some file systems
}

FAKE_OFFLINE=fail run demo
check "first build with an empty repository shows no offline errors" "! grep -q ERROR '$work/err'"
check "first build says it downloads" "grep -q downloading '$work/err'"
check "first run records a CDS archive" "grep -q ArchiveClassesAtExit '$FAKE_ARGS' && [ -f '$root/cli/target/cds/demo.jsa' ]"
run demo
check "second run uses the archive" "grep -q 'SharedArchiveFile=.*demo.jsa' '$FAKE_ARGS'"
check "short-lived JVM options" "grep -q TieredStopAtLevel=1 '$FAKE_ARGS' && grep -q UseSerialGC '$FAKE_ARGS'"

later
FAKE_VERSION=0.2.0
touch "$root/pom.xml"
run demo
check "parent POM change rebuilds and runs the new jar" "grep -q 'powertuner-cli-0.2.0.jar' '$FAKE_ARGS'"
check "the old CLI jar is gone" "[ ! -e '$root/cli/target/powertuner-cli-0.1.0.jar' ]"
check "lib/ holds one version" "[ ! -e '$root/cli/target/lib/powertuner-core-0.1.0.jar' ]"
check "the rebuild's first run records a new archive" "grep -q ArchiveClassesAtExit '$FAKE_ARGS'"

later
mkdir -p "$root/.mvn" && touch "$root/.mvn/maven.config"
FAKE_VERSION=0.3.0 run demo
check ".mvn/ change rebuilds" "grep -q 'powertuner-cli-0.3.0.jar' '$FAKE_ARGS'"

later
touch "$root/cli/target/lib/powertuner-core-0.3.0.jar"
run demo
check "an archive older than a jar is made again" "grep -q ArchiveClassesAtExit '$FAKE_ARGS'"

later
touch "$root/functions/src/x.java"
FAKE_OFFLINE=fail FAKE_ONLINE=fail run demo || true
check "a failed rebuild shows the online errors" "grep -q 'FAKE_ONLINE problem' '$work/err' && ! grep -q 'FAKE_OFFLINE' '$work/err'"
check "a failed rebuild keeps lib/" "[ -e '$root/cli/target/lib/powertuner-core-0.3.0.jar' ]"

rm -rf "$root/cli/target"
if FAKE_OFFLINE=fail FAKE_ONLINE=fail run demo; then status=0; else status=$?; fi
check "a failed first build exits 1" "[ $status -eq 1 ] && grep -q 'the build failed' '$work/err'"

[ "$failures" -eq 0 ] || { echo "$failures launcher check(s) failed"; exit 1; }
echo "all launcher checks passed"
