#!/usr/bin/env bash
# Starts a throwaway mail system on loopback for the tests and benchmarks (root, no systemd):
#   Postfix SMTP on 127.0.0.1:2525, Dovecot IMAP on 127.0.0.1:1143 (LMTP 2424), no TLS.
# Mailboxes: any user@example.test exists, password "secret" (plus-addresses user+detail@example.test land in user's INBOX).
# Fake public bodies: any address at a subdomain, x@NAME.RUN.example.test, is delivered to the mailbox sink-RUN@example.test,
# so each test run reads the requests "its" bodies received. Special local parts at those subdomains:
#   nobody@…   → 550 5.1.1 at RCPT (a permanent refusal)      tempfail@… → 451 4.3.2 at RCPT (a temporary one)
# Any other domain is refused at RCPT (554 relay access denied): nothing ever leaves 127.0.0.0/8.
# Idempotent: does nothing when both servers already answer. Stop with scripts/mail-down.sh.
set -euo pipefail
M=${MAILTEST_DIR:-/tmp/sightline-mail}
up() { (exec 3<>/dev/tcp/127.0.0.1/2525 && exec 4<>/dev/tcp/127.0.0.1/1143) 2>/dev/null; }
if up && [ -f "$M/dovecot.conf" ]; then exit 0; fi
if ! command -v dovecot >/dev/null || ! command -v postfix >/dev/null; then
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postfix dovecot-imapd dovecot-lmtpd >/dev/null
fi
mkdir -p "$M/vmail" "$M/run"; chown -R mail:mail "$M/vmail"
cat > "$M/dovecot.conf" <<CONF
protocols = imap lmtp
listen = 127.0.0.1
base_dir = $M/run
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 8
mail_location = maildir:$M/vmail/%d/%n
log_path = $M/dovecot.log
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
passdb {
  driver = static
  args = password=secret
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$M/vmail/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 1143
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = 2424
  }
}
protocol imap {
  mail_max_userip_connections = 200
}
CONF
printf '%s\n' '/^[^@]+@[^.@]+\.([a-z0-9]+)\.example\.test$/ sink-${1}@example.test' > "$M/virtual_alias"
printf '%s\n' '/^[^.]+\.[a-z0-9]+\.example\.test$/ OK' > "$M/alias_domains"
printf '%s\n' '/^nobody@/ 550 5.1.1 <nobody>: Recipient address rejected: User unknown' \
  '/^tempfail@/ 451 4.3.2 <tempfail>: Recipient address rejected: try again later' > "$M/recipient_access"
cat > /etc/postfix/main.cf <<CONF
compatibility_level = 3.6
myhostname = mail.example.test
inet_interfaces = loopback-only
inet_protocols = ipv4
mydestination =
mynetworks = 127.0.0.0/8
recipient_delimiter = +
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
smtpd_recipient_restrictions = check_recipient_access regexp:$M/recipient_access, permit_mynetworks, reject_unauth_destination
virtual_alias_domains = regexp:$M/alias_domains
virtual_alias_maps = regexp:$M/virtual_alias
virtual_mailbox_domains = example.test
virtual_transport = lmtp:inet:127.0.0.1:2424
default_transport = error:external delivery disabled in test
relay_transport = error:external delivery disabled in test
message_size_limit = 52428800
maillog_file = $M/postfix.log
maillog_file_prefixes = /var, /dev/stdout, /tmp
smtpd_client_connection_count_limit = 0
smtpd_client_connection_rate_limit = 0
default_process_limit = 200
CONF
postconf -M smtp/inet="smtp inet n - n - - smtpd"      # no chroot
postconf -M 2525/inet="2525 inet n - n - - smtpd"
[ -f "$M/run/master.pid" ] && kill -0 "$(cat "$M/run/master.pid")" 2>/dev/null || dovecot -c "$M/dovecot.conf"
postfix check
postfix status >/dev/null 2>&1 && postfix reload >/dev/null 2>&1 || postfix start >/dev/null 2>&1
for i in $(seq 50); do up && exit 0; sleep 0.2; done
echo "error: mail servers did not come up (see $M/postfix.log and $M/dovecot.log)" >&2
exit 1
