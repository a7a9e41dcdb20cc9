# Sourced by bench/accuracy and bench/fit-model: runs one of the build's programs on the real notes.
#
#   run_on_real_notes MAIN_CLASS [ARG...]
#
# A FOLDER among the arguments is named from where the command was typed: it is made absolute before moving to the
# repository, where the build's classes and their class path are made.
run_on_real_notes() {
  local main=$1
  shift
  local args=() arg
  for arg in "$@"; do
    case "$arg" in
      --*) args+=("$arg") ;;
      *) args+=("$(realpath -m -- "$arg")") ;;
    esac
  done
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/accuracy.classpath >&2
  exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/classes:target/test-classes:$(cat target/accuracy.classpath)" \
      "$main" ${args[@]+"${args[@]}"}
}
