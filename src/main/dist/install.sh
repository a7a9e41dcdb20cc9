#!/bin/sh
# Installs invite-audit from this unpacked archive under a prefix (default ~/.local), each file where the system looks
# for it:
#   PREFIX/lib/invite-audit/          the launcher (bin/) and the jar (lib/), kept together
#   PREFIX/bin/invite-audit           a link to the launcher, for the PATH
#   PREFIX/share/man/man1/            the manual pages (man invite-audit)
#   PREFIX/share/bash-completion/completions/invite-audit, PREFIX/share/zsh/site-functions/_invite-audit
#   PREFIX/share/doc/invite-audit/    README.md, LICENSE and docs/, which the README links to
# Installing again replaces what an earlier install put there.
set -eu

usage="usage: ./install.sh [PREFIX]   (default: ~/.local)"
case ${1:-} in
  -h|--help) echo "$usage"; exit 0 ;;
  -*) echo "install.sh: unknown option $1; $usage" >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "install.sh: one PREFIX at most; $usage" >&2; exit 2; }
prefix=${1:-${HOME:?HOME is not set: give a PREFIX}/.local}
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
here=$(cd "$(dirname "$0")" && pwd -P)

put() { # put MODE FROM TO
  mkdir -p "$(dirname "$3")"
  rm -f "$3"
  cp "$here/$2" "$3"
  chmod "$1" "$3"
}

home=$prefix/lib/invite-audit
put 755 bin/invite-audit "$home/bin/invite-audit"
put 644 lib/invite-audit.jar "$home/lib/invite-audit.jar"
mkdir -p "$prefix/bin"
ln -sf ../lib/invite-audit/bin/invite-audit "$prefix/bin/invite-audit"
for page in "$here"/share/man/man1/*.1; do
  put 644 "share/man/man1/${page##*/}" "$prefix/share/man/man1/${page##*/}"
done
put 644 share/bash-completion/completions/invite-audit "$prefix/share/bash-completion/completions/invite-audit"
put 644 share/zsh/site-functions/_invite-audit "$prefix/share/zsh/site-functions/_invite-audit"
put 644 README.md "$prefix/share/doc/invite-audit/README.md"
put 644 LICENSE "$prefix/share/doc/invite-audit/LICENSE"
for doc in "$here"/docs/*.md; do
  put 644 "docs/${doc##*/}" "$prefix/share/doc/invite-audit/docs/${doc##*/}"
done

echo "Installed invite-audit under $prefix."
case ":${PATH:-}:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to your PATH, for example in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "bash: unless the bash-completion package loads it (from ~/.local or /usr/local), add to ~/.bashrc:"
echo "  source \"$prefix/share/bash-completion/completions/invite-audit\""
echo "zsh: add to ~/.zshrc, before compinit: fpath=(\"$prefix/share/zsh/site-functions\" \$fpath)"
