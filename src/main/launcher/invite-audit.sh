#!/bin/sh
# invite-audit's launcher. The build makes two of it: target/invite-audit, this stub followed by the application jar
# (java reads the jar past the stub), and the distribution's bin/invite-audit, which runs lib/invite-audit.jar beside
# its bin/ folder, wherever it is linked from.
#
# Java. JAVA_HOME's when it is set, else the first java on the PATH; it must be Java 17 or newer. Without one, the
# launcher says so in one line and exits with 69 (sysexits' "unavailable"), before any JVM starts.
#
# Start-up. A JVM spends much of a short run loading and linking classes. The first run with a given JDK and
# invite-audit makes an archive of them once, with a training run (org.inviteaudit.cli.ArchiveTraining: every command
# and format on the sample export in the jar, its output thrown away), and every run maps it: an AppCDS archive
# (-XX:ArchiveClassesAtExit) up to JDK 24, an AOT cache (-XX:AOTCacheOutput), which also keeps linked classes and
# method profiles, from JDK 25. Training rather than recording the user's first command: a first --version would
# have left out everything an audit needs. The archive lives in ${XDG_CACHE_HOME:-~/.cache}/invite-audit/, named by
# the JDK's version, the jar's checksum and its path, so a new JDK, a new invite-audit or another install of it makes
# a new one. Nothing about it is fatal: with no cache folder, a JDK whose version cannot be read, a training run that
# fails (an empty file then says so, and it is not tried again) or an archive the JVM refuses, the run starts as it
# would without. Up to JDK 24 the training run interprets alone (-Xint), once some 3 s where the compilers take
# 1.5 s: a JDK before 21 writes into the archive the mark of every method its compilers had queued when the run
# ended (JDK-8306460), and a run with that archive never compiles them again; JDK 21 to 24 are trained the same way
# since no such JDK was at hand to show that their archives are sound. Which methods are caught is chance:
# of eight archives trained with the compilers on, the same audit of 10,000 invitations took from 0.60 to 1.14 s
# according to the archive (0.78 s without one); of six trained with -Xint, 0.60 to 0.73 s (timed by hand, to find
# the cause; bench/README.md has the benchmark's figures).
# INVITE_AUDIT_CACHE=off turns it off.
#
# Compiler. A run on a small input spent more time in the JVM's optimising compiler (C2), whose code pays back only
# over a long run, than in its own work: `check`, and an audit of files that total under 40 MiB (some 150,000
# invitations; standard input and folders, whose size is not known beforehand, are taken as large), run with the quick
# compiler alone (-XX:TieredStopAtLevel=1); C2 pays from some 50 MB on. Where the two cross was measured on the
# project's two-core machine, by hand, on JDK 17 (MB here are 10^6 bytes): the quick compiler alone took 0.72 of the
# default's time at 14 MB of export, 0.82 at 28, 0.90 at 42 and 1.06 at 55 (NDJSON; the text report 0.90 at 42 MB,
# 0.96 at 55), and on JDK 25 0.94 at 28 MB, the only size measured there; the benchmark's 100,000 invitations
# (28 MiB) measure the choice (bench/README.md). The training run is left to the JVM's default,
# so that JDK 25's AOT cache records method profiles.
#
# Memory. The heap is capped at 128 MiB, which any input fits (BoundedMemoryTest proves it); the serial collector
# suits a short run on a small heap. The heap starts at 16 MiB and grows only while less than a fifth of it is free
# after a collection (Min/MaxHeapFreeRatio): a run holds what it needs, not the cap (the benchmark reports each
# format's peak memory). INVITE_AUDIT_JAVA_OPTS come last, so they can change any of it. The JVM's own errors go to standard error, never into the report on standard output;
# of the archive it says nothing (cds, aot), since an archive it refuses only means a start without one.
self=$0
case $self in */*) ;; *) self=./$self ;; esac
# A link (say ~/.local/bin/invite-audit) is followed to the file, so that what lies beside the file is found.
while [ -L "$self" ]; do
  link=$(readlink "$self") || break
  case $link in
    /*) self=$link ;;
    *) self=${self%/*}/$link ;;
  esac
done
case @LAYOUT@ in
  stub) jar=$self ;;                              # target/invite-audit: the jar is this very file
  *) jar=${self%/*}/../lib/invite-audit.jar ;;    # the distribution: bin/ and lib/ side by side
esac

# Closed standard streams. A JVM started with descriptor 0, 1 or 2 closed gives that number to a file of its own:
# "standard input" would read it (and check - crashed the JVM). With standard output or error closed nothing can be
# said, so the launcher exits at once with 74 (sysexits' EX_IOERR); with standard input closed, Java gets /dev/null
# and is told, so that - says that standard input is closed.
(exec 3>&1) 2>/dev/null || exit 74
(exec 3>&2) || exit 74
stdin_opt=
if ! (exec 3<&0) 2>/dev/null; then
  exec </dev/null
  stdin_opt=-Dinvite-audit.stdin=closed
fi

fail() { # fail MESSAGE: the launcher's one line on standard error, and sysexits' EX_UNAVAILABLE
  printf 'invite-audit: %s\n' "$1" >&2
  exit 69
}
if [ -n "${JAVA_HOME:-}" ]; then
  java_bin=$JAVA_HOME/bin/java
  [ -x "$java_bin" ] || fail "JAVA_HOME is $JAVA_HOME, which has no bin/java: set it to a Java 17 or newer, or unset it to use the java on the PATH"
else
  java_bin=$(command -v java 2>/dev/null) ||
    fail "no Java found: install Java 17 or newer (for example Debian's openjdk-17-jre-headless), or set JAVA_HOME to one"
fi
[ -r "$jar" ] || fail "$jar is missing: reinstall invite-audit"
jvm_opts="-Xmx128m -Xms16m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:+UseSerialGC"
jvm_opts="$jvm_opts -Xlog:disable -Xlog:all=error,cds*=off:stderr"

small_input() { # small_input ARGS...: whether the files among the arguments total under 40 MiB
  [ "${1:-}" = check ] && return 0
  total=0
  for arg in "$@"; do
    case $arg in
      -) return 1 ;;
      -*) continue ;;
    esac
    if [ -d "$arg" ]; then
      return 1
    elif [ -f "$arg" ]; then
      size=$(wc -c < "$arg" 2>/dev/null) || return 1
      total=$((total + size))
      [ "$total" -lt 41943040 ] || return 1
    fi
  done
}
jit_opt=
small_input "$@" && jit_opt=-XX:TieredStopAtLevel=1

run() { # run [ARCHIVE_OPTION] -- ARGS...
  archive_opt=$1
  shift 2
  # shellcheck disable=SC2086 # the options are words to split
  exec "$java_bin" $jvm_opts $jit_opt $archive_opt $stdin_opt ${INVITE_AUDIT_JAVA_OPTS:-} -jar "$jar" "$@"
}

# The JDK's version, from its release file (no JVM started), or else from java -version.
java_home=$(readlink -f "$java_bin" 2>/dev/null) && java_home=${java_home%/bin/java} || java_home=
version=
if [ -r "$java_home/release" ]; then
  while IFS= read -r line; do
    case $line in
      JAVA_RUNTIME_VERSION=*) version=${line#*=} ;;
      JAVA_VERSION=*) [ -n "$version" ] || version=${line#*=} ;;
    esac
  done < "$java_home/release"
fi
[ -n "$version" ] || version=$("$java_bin" -version 2>&1 | sed -n 's/^[^"]* version "\([^"]*\)".*/\1/p;q')
version=$(printf '%s' "$version" | tr -cd '0-9A-Za-z.+_-')
feature=${version%%[!0-9]*}
[ "$feature" = 1 ] && feature=$(printf '%s' "${version#1.}" | sed 's/[^0-9].*//') # 1.8.0_402 is Java 8
if [ -n "$feature" ] && [ "$feature" -lt 17 ]; then
  fail "needs Java 17 or newer, and $java_bin is Java $version: set JAVA_HOME to a newer one, or put one first on the PATH"
fi

cache_dir=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/invite-audit
if [ "${INVITE_AUDIT_CACHE:-on}" = off ] || [ -z "$version" ] || ! mkdir -p "$cache_dir" 2>/dev/null ||
    [ ! -w "$cache_dir" ]; then
  run "" -- "$@"
fi

if [ "${feature:-0}" -ge 25 ]; then
  suffix=aot make_opt=-XX:AOTCacheOutput= use_opt=-XX:AOTCache= train_opt=
  jvm_opts="$jvm_opts -Xlog:aot*=off:stderr"
else
  suffix=jsa make_opt=-XX:ArchiveClassesAtExit= use_opt=-XX:SharedArchiveFile= train_opt=-Xint
fi
sum=$(cksum < "$jar" 2>/dev/null | tr ' ' '-')
[ -n "$sum" ] || run "" -- "$@"
# An archive records the jar's path too, and the JVM refuses it for a jar elsewhere: the same build installed at two
# prefixes would find "its" archive, have it refused, and, since the file is there, never make its own. So the key
# holds the jar's real path as well, by its checksum.
where=$(readlink -f "$jar" 2>/dev/null || printf '%s' "$jar")
sum=$sum-$(printf '%s' "$where" | cksum | sed 's/ .*//')
archive=$cache_dir/$version-$sum.$suffix
[ -s "$archive" ] && run "$use_opt$archive" -- "$@"
[ -e "$archive" ] && run "" -- "$@"

# The first run with this JDK and this invite-audit: the training run makes the archive, then the run uses it.
trap 'rm -f "$archive.$$.tmp"; exit 130' INT TERM HUP
# shellcheck disable=SC2086 # the options are words to split
if "$java_bin" $jvm_opts $train_opt "$make_opt$archive.$$.tmp" ${INVITE_AUDIT_JAVA_OPTS:-} -cp "$jar" \
    org.inviteaudit.cli.ArchiveTraining </dev/null >/dev/null 2>&1 && [ -s "$archive.$$.tmp" ]; then
  mv -f "$archive.$$.tmp" "$archive" 2>/dev/null
  # Archives of this JDK for other builds: the two made last are kept, so that two builds used by turns (an upgrade
  # tried beside the old one, a benchmark against a baseline) do not remove each other's at every run; older ones
  # are stale. The names hold no spaces: the version is filtered above, the rest are digits.
  made=0
  for old in $(ls -t "$cache_dir" 2>/dev/null); do
    case $old in
      "$version"-*."$suffix") made=$((made + 1)); [ "$made" -le 3 ] || rm -f "$cache_dir/$old" ;;
    esac
  done
else
  : >> "$archive" 2>/dev/null
fi
rm -f "$archive.$$.tmp" "$archive.$$.tmp.config"
trap - INT TERM HUP
[ -s "$archive" ] && run "$use_opt$archive" -- "$@"
run "" -- "$@"
