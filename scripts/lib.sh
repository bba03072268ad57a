#!/usr/bin/env bash
# Shared helpers for the scripts: find a JDK 21+, and say clearly what is wrong when something is missing.

tw_die() { echo "error: $*" >&2; exit 1; }
tw_info() { echo "==> $*" >&2; }

# Prints the major version of the java binary given, or nothing.
tw_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

# Sets JAVA_HOME to a JDK 21 or newer: the current JAVA_HOME, the java on PATH, or one under /usr/lib/jvm
# or /opt (newest first). Fails with what to do next when none exists.
tw_select_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")" 2>/dev/null)" \
      $(ls -d /usr/lib/jvm/*/ /opt/*jdk*/ /opt/java/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(tw_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  tw_die "no JDK 21 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm and /opt). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or 'openjdk-25-jdk-headless', or set JAVA_HOME."
}

# The Maven command: the wrapper, which fetches the pinned Maven from Maven Central on first use.
tw_mvn() {
  "$TW_ROOT/mvnw" -B "$@"
}
