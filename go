#!/usr/bin/env bash
# chaingraph's two entry points for a fresh machine:
#   ./go build   install the CJK font the chain figure draws with (fonts-noto-cjk) when missing,
#                set up a virtualenv, install chaingraph, build the graph and write outputs/
#   ./go test    also install the system packages the tests drive (Chromium, CJK fonts,
#                Virtuoso), then run ruff, the layer contract (lint-imports), the dead-code
#                search (vulture) and the whole test suite with the doctests of every module
# Anything after the verb is passed on (to `chaingraph build` or to pytest).
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
SYSTEM_PACKAGES=(chromium fonts-noto-cjk virtuoso-opensource)
FIGURE_FONT=fonts-noto-cjk  # the one font the report's chain figure draws with (src/chaingraph/views/fonts.py)

python_env() {
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
    fi
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".$1"
}

system_packages() {  # install those of the Debian packages given that are missing
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

verb="${1:-}"
shift || true
case "$verb" in
    build)
        # Without apt-get (not Debian-like) the build says itself which font is missing.
        if command -v apt-get >/dev/null; then system_packages "$FIGURE_FONT"; fi
        python_env ""
        exec "$VENV/bin/chaingraph" build "$@"
        ;;
    test)
        system_packages "${SYSTEM_PACKAGES[@]}"
        python_env "[test,dev]"
        "$VENV/bin/ruff" check src tests benchmarks tools
        "$VENV/bin/lint-imports" --no-cache
        "$VENV/bin/vulture" src --min-confidence 80
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: ./go build|test [args...]" >&2
        exit 2
        ;;
esac
