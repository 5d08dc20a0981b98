#!/usr/bin/env bash
# Installs what the unit suites need beyond npm ci, so `npm test` works on a fresh machine:
#   /usr/bin/chromium             Debian chromium: print and browser tests drive it (apt-get, as root)
#   /usr/bin/nvim                 Debian neovim (0.7): the Neovim suite drives the server through it
#   .test-tools/sarif-multitool/  Microsoft's SARIF Multitool from npm: validates `sla check --format sarif`
#                                 against GitHub code scanning's rules (x64 Linux build)
# Idempotent: a step that is already done is skipped.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SARIF_MULTITOOL_VERSION="5.7.0"
SARIF_PREFIX="$ROOT/.test-tools/sarif-multitool"
SARIF_BINARY="$SARIF_PREFIX/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

# Debian packages: chromium (print and browser tests) and neovim (a second real LSP client).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then
        echo "== installing ${missing[*]} from Debian"
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "The unit suites need Debian's ${missing[*]}: run 'sudo apt-get install ${missing[*]}' first." >&2
        exit 1
    fi
fi

if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && [ ! -x "$SARIF_BINARY" ]; then
    echo "== installing the SARIF Multitool $SARIF_MULTITOOL_VERSION into .test-tools/"
    mkdir -p "$SARIF_PREFIX"
    [ -f "$SARIF_PREFIX/package.json" ] || printf '{ "private": true }\n' > "$SARIF_PREFIX/package.json"
    (cd "$SARIF_PREFIX" && npm install --no-audit --no-fund --no-save "@microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION" >/dev/null)
    # Its own postinstall only makes the binary executable; npm's script policy skips it.
    chmod u+x "$SARIF_BINARY"
fi
