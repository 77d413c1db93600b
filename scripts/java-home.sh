# Sourced by ./flashlight and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME if it is 21+, then the `java` on PATH, then the newest JDK under /usr/lib/jvm.

java_major() { # prints the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1 || echo 0
}

flashlight_find_java_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  if command -v java >/dev/null 2>&1 && [ "$(java_major java)" -ge 21 ] 2>/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    export JAVA_HOME
    return 0
  fi
  best="" best_version=0
  for candidate in /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
    [ -x "${candidate}bin/java" ] || continue
    v=$(java_major "${candidate}bin/java")
    if [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_version" ]; then
      best=${candidate%/} best_version=$v
    fi
  done
  if [ -n "$best" ]; then
    JAVA_HOME=$best
    export JAVA_HOME
    return 0
  fi
  echo "flashlight: needs a JDK 21 or newer; none found (set JAVA_HOME)." >&2
  return 1
}
