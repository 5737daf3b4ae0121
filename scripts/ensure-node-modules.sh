#!/usr/bin/env bash
# Installs the Node tools of package.json (aws-local-stepfunctions, asl-validator, statelint) into node_modules/
# when they are missing or older than package-lock.json. Called by the build, the launcher and .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && [ ! package-lock.json -nt "$stamp" ] && [ -d node_modules/aws-local-stepfunctions ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is required (Node 20+): apt-get install nodejs npm" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
