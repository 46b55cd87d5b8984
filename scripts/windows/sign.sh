#!/usr/bin/env bash
# sign.sh FILE...: signs each Windows program in place with osslsigncode (Authenticode, SHA-256).
#   SIGN_CERT       the certificate chain, PEM (or DER/SPC)
#   SIGN_KEY        its private key, PEM; SIGN_PASS_FILE holds the key's password if it has one
#   SIGN_TIMESTAMP  an RFC 3161 timestamp server (e.g. http://timestamp.digicert.com): the signature then
#                   stays valid after the certificate expires. Leave it empty where there is no network.
# A file that cannot be signed stops the build: an unsigned copy is never passed off as signed.
set -euo pipefail
: "${SIGN_CERT:?set SIGN_CERT to the certificate file}" "${SIGN_KEY:?set SIGN_KEY to the private key file}"
for f in "$@"; do
	args=(sign -h sha256 -certs "$SIGN_CERT" -key "$SIGN_KEY" -n "${SIGN_NAME:-DSPT Desk}" -i "https://github.com/dsptdesk/dsptdesk")
	[ -z "${SIGN_PASS_FILE:-}" ] || args+=(-readpass "$SIGN_PASS_FILE")
	[ -z "${SIGN_TIMESTAMP:-}" ] || args+=(-ts "$SIGN_TIMESTAMP")
	if ! osslsigncode "${args[@]}" -in "$f" -out "$f.signed" >"$f.signlog" 2>&1; then
		cat "$f.signlog" >&2
		rm -f "$f.signed" "$f.signlog"
		echo "sign.sh: could not sign $f${SIGN_TIMESTAMP:+ (is the timestamp server $SIGN_TIMESTAMP reachable?)}" >&2
		exit 1
	fi
	rm -f "$f.signlog"
	mv "$f.signed" "$f"
	echo "signed $f"
done
