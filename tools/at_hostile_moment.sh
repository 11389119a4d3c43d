#!/usr/bin/env bash
# Run a command with the machine's clock moved to a given moment at the site, and the host in
# another time zone: `tools/at_hostile_moment.sh "2026-09-30 05:30:00" America/Los_Angeles make test`.
# libfaketime (Debian's `faketime`) starts the clock at that moment and lets it run on; child
# processes (headquarters in the tests) keep the same moving clock. Nothing in the kiosk should
# care: every test pins its own clock, so the suite passes at any hour, date and zone.
set -euo pipefail
SITE_ZONE=${SITE_ZONE:-Europe/Brussels}
moment=$1 host_zone=$2
shift 2
epoch=$(TZ="$SITE_ZONE" date -d "$moment" +%s)
host_time=$(TZ="$host_zone" date -d "@$epoch" '+%Y-%m-%d %H:%M:%S')
lib=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
[ -n "$lib" ] || { echo "libfaketime is not installed (apt-get install faketime)" >&2; exit 2; }
echo "== at $moment $SITE_ZONE = $host_time $host_zone (host): $*"
export TZ="$host_zone" FAKETIME="@$host_time" FAKETIME_DONT_RESET=1 LD_PRELOAD="$lib"
python3 -c 'import datetime; print("   the machine says", datetime.datetime.now().astimezone().isoformat(timespec="seconds"))'
exec "$@"
