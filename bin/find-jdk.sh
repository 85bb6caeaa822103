# Sourced by ./forge-monitor, ./run-tests and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Looks at $JAVA_HOME, then `java` on the PATH, then every JDK under ${FORGE_JVM_DIRS:-/usr/lib/jvm}.

forge_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

forge_find_jdk() {
  local candidate home major best="" best_major=0
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in ${FORGE_JVM_DIRS:-/usr/lib/jvm}/*; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    candidate="$home/bin/java"
    [ -x "$candidate" ] && [ -x "$home/bin/javac" ] || continue
    major=$(forge_java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ]; then
      # The first JDK >= 21 in the order above wins: a JAVA_HOME the user chose is respected.
      best="$home"; best_major=$major
      break
    fi
  done
  if [ -z "$best" ]; then
    echo "forge-monitor: no JDK 21 or newer found (looked at JAVA_HOME, java on the PATH and ${FORGE_JVM_DIRS:-/usr/lib/jvm}/*)." >&2
    echo "forge-monitor: install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export FORGE_JAVA_MAJOR="$best_major"
}
