#!/usr/bin/env bash
# Idempotent Docker setup for Ergon's sandbox: install the engine and debootstrap when
# missing, start dockerd in the background when no engine answers, build the image
# (reused while its build context is unchanged).  Needs root for the first two steps.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! docker version >/dev/null 2>&1; then
    echo "starting dockerd" >&2
    setsid dockerd >/var/log/ergon-dockerd.log 2>&1 < /dev/null &
    for _ in $(seq 60); do
        docker version >/dev/null 2>&1 && break
        sleep 1
    done
    docker version >/dev/null 2>&1 || { echo "dockerd did not start; see /var/log/ergon-dockerd.log" >&2; exit 1; }
fi

start=$(date +%s)
python3 -m harness sandbox build
echo "sandbox image ready in $(( $(date +%s) - start )) s" >&2
