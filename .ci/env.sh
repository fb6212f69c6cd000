# Sourced by .ci/run and handy in a dev shell: Node 24 from .tools, caches and temp files
# kept inside the project (git-ignored), Playwright pointed at Debian's chromium.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_root/.tools/node/bin:$_root/node_modules/.bin:$PATH"
export TMPDIR="$_root/.tmp"
export XDG_CACHE_HOME="$_root/.cache"
export XDG_DATA_HOME="$_root/.cache/share"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
mkdir -p "$TMPDIR" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
