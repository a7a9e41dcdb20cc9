#!/bin/sh
# invite-audit: this file is a shell stub followed by the application jar; java reads the jar past the stub.
exec java ${INVITE_AUDIT_JAVA_OPTS:-} -jar "$0" "$@"
exit 1
