# Sourced by scripts/make-samples and scripts/train-digits: installs the Debian packages in `packages` (plus what
# the generator needs) and the Python venv of scripts/samples/requirements.txt, then sets `repo` and `venv`.
# The caller names itself in `tool` for its messages.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$repo/.venv-samples"
requirements="$repo/scripts/samples/requirements.txt"

packages+=(fonts-dejavu-core fonts-dejavu-extra fonts-liberation2 fonts-freefont-ttf fonts-texgyre fonts-noto-core
           libtiff-tools python3-venv)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "$tool: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! cmp -s "$requirements" "$venv/requirements.installed" 2>/dev/null; then
  python=/usr/bin/python3
  [ -x "$python" ] || python="$(command -v python3)"
  echo "$tool: preparing $venv" >&2
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$venv/requirements.installed"
fi
