#!/usr/bin/env bash
# The browser tests (org.putright.testing.Browser) drive Debian's Chromium through its
# chromedriver. A fresh machine has neither, so the build installs them before the integration
# tests; the README's one test command then needs nothing set up by hand.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi

if [[ "$(id -u)" != "0" ]]; then
  cat >&2 <<'MESSAGE'
The browser tests need Chromium and chromedriver at /usr/bin/chromium and /usr/bin/chromedriver,
and this build is not running as root, so it cannot install them. Install them once with:

    sudo apt-get install -y chromium chromium-driver

or skip the integration tests with -DskipITs.
MESSAGE
  exit 1
fi

echo "Installing Chromium and chromedriver for the browser tests (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  echo "apt-get finished but /usr/bin/chromium or /usr/bin/chromedriver is still missing." >&2
  exit 1
fi
