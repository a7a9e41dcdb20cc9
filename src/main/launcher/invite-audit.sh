#!/bin/sh
# invite-audit: this file is a shell stub followed by the application jar; java reads the jar past the stub.
#
# Start-up. A JVM spends much of a short run loading and linking classes. The first run records the classes it used
# in an AppCDS archive (-XX:ArchiveClassesAtExit), which later runs map instead. The archive lives in
# ${XDG_CACHE_HOME:-~/.cache}/invite-audit/, named by the JDK's version and this file's checksum, so a new JDK or a
# new invite-audit makes a new one. Nothing about it is fatal: with no cache folder, a JDK whose version cannot be
# read or an archive the JVM refuses, the run starts as it would without. INVITE_AUDIT_CACHE=off turns it off.
# (JDK 25's AOT cache was tried too: no faster in a few runs timed by hand, and its recording run prints a line of its
# own on standard output, where the report goes.)
#
# Memory. The heap is capped at 128 MiB, which any input fits (BoundedMemoryTest proves it); the serial collector
# suits a short run on a small heap. INVITE_AUDIT_JAVA_OPTS come last, so they can change either. The JVM's own
# errors go to standard error, never into the report on standard output; of the archive it says nothing (cds*=off),
# since an archive it refuses only means a start without one.
self=$0
jvm_opts="-Xmx128m -XX:+UseSerialGC -Xlog:disable -Xlog:all=error,cds*=off:stderr"

run() { # run [ARCHIVE_OPTION] -- ARGS...
  archive_opt=$1
  shift 2
  # shellcheck disable=SC2086 # the options are words to split
  exec java $jvm_opts $archive_opt ${INVITE_AUDIT_JAVA_OPTS:-} -jar "$self" "$@"
}

cache_dir=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/invite-audit
java_bin=$(command -v java 2>/dev/null) || java_bin=
java_home=$(readlink -f "$java_bin" 2>/dev/null) && java_home=${java_home%/bin/java} || java_home=
version=
if [ "${INVITE_AUDIT_CACHE:-on}" != off ] && [ -r "$java_home/release" ]; then
  while IFS= read -r line; do
    case $line in
      JAVA_RUNTIME_VERSION=*) version=${line#*=} ;;
      JAVA_VERSION=*) [ -n "$version" ] || version=${line#*=} ;;
    esac
  done < "$java_home/release"
  version=$(printf '%s' "$version" | tr -cd '0-9A-Za-z.+_-')
fi
if [ -z "$version" ] || ! mkdir -p "$cache_dir" 2>/dev/null || [ ! -w "$cache_dir" ]; then
  run "" -- "$@"
fi

sum=$(cksum < "$self" 2>/dev/null | tr ' ' '-')
[ -n "$sum" ] || run "" -- "$@"
archive=$cache_dir/$version-$sum.jsa
[ -s "$archive" ] && run "-XX:SharedArchiveFile=$archive" -- "$@"

# The first run with this JDK and this invite-audit: the run itself records the archive, as it exits.
trap 'rm -f "$archive.$$.tmp"; exit 130' INT TERM HUP
# shellcheck disable=SC2086 # the options are words to split
java $jvm_opts "-XX:ArchiveClassesAtExit=$archive.$$.tmp" ${INVITE_AUDIT_JAVA_OPTS:-} -jar "$self" "$@"
status=$?
# 0 and 1 (--fail-on) are runs that went through; after any other, the archive may be partial.
if [ "$status" -le 1 ]; then
  # Archives of this JDK for another invite-audit are stale.
  for old in "$cache_dir/$version"-*.jsa; do
    [ "$old" = "$archive" ] || rm -f "$old"
  done
  mv -f "$archive.$$.tmp" "$archive" 2>/dev/null
fi
rm -f "$archive.$$.tmp"
exit "$status"
