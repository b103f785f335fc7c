#!/usr/bin/env bash
# Installs the Debian packages the test suite uses, if they are missing. Idempotent; needs root (or sudo).
set -euo pipefail
packages=(
  postgresql            # the PostgreSQL engine's storage tests
  poppler-utils         # pdftotext / pdftoppm: PDF extraction and rasterising
  tesseract-ocr tesseract-ocr-eng   # OCR of scanned replies
  chromium              # real-browser tests of the web pages (Playwright drives Debian's Chromium)
  fonts-dejavu-core     # stable fonts for rendered charts and pages
  ieee-data             # IEEE OUI registry (MAC prefixes of device makers)
  wsdd iproute2         # WS-Discovery responder and ip netns for the scan --discover test
  postfix dovecot-imapd dovecot-lmtpd   # real SMTP and IMAP on loopback for the campaign and mail tests (scripts/mail-up.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # Postfix asks how to configure itself: scripts/mail-up.sh writes its configuration, so "No configuration".
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
