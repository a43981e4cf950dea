#!/usr/bin/env bash
# Runs one of Putright's reliability harnesses (src/test/java/org/putright/reliability) against the
# built jar: builds target/putright.jar when it is missing or older than the sources, compiles the
# harness, and starts it on a JDK 21+ (the same choice ./mvnw makes).
#   reliability/harness.sh CrashHarness [kills] [caseworkers] [seed]
#   reliability/harness.sh InstancesHarness [complaints] [clients]
# PostgreSQL: an embedded server the harness starts itself, or PUTRIGHT_HARNESS_DATABASE_URL
# (with _USER and _PASSWORD) naming one; each run makes a new database on it.
set -euo pipefail
cd "$(dirname "$0")/.."
harness=$1; shift

if [ ! -f target/putright.jar ] || [ -n "$(find src/main pom.xml -newer target/putright.jar -print -quit)" ]; then
  echo "Building target/putright.jar…"
  ./mvnw -B -ntp -q package -DskipTests -Dspotless.check.skip=true
fi
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.outputFile=target/reliability/classpath -Dmdep.includeScope=test >/dev/null

java_home=""
best=0
for candidate in ${PUTRIGHT_JDK_DIRS:-/usr/lib/jvm}/*; do
  [ -x "$candidate/bin/java" ] || continue
  major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then java_home=$candidate best=$major; fi
done
[ -n "$java_home" ] || { echo "Needs a JDK 21 or newer under /usr/lib/jvm" >&2; exit 1; }

exec "$java_home/bin/java" -Dputright.java="$java_home/bin/java" -Dputright.jar=target/putright.jar \
  -cp "target/test-classes:target/classes:$(cat target/reliability/classpath)" \
  "org.putright.reliability.$harness" "$@"
