"""Every occurrence of every event of an iCalendar file (read from stdin), as JSON on stdout:
[{"uid": ..., "start": "…Z", "end": "…Z"}], up to an instant given as the one argument
(`2027-12-31T00:00:00Z`) for a series that runs on. Python's icalendar reads the file, pytz gives the zones
and dateutil expands weekly rules: a reading independent of the JavaScript one in the tests."""
import json
import sys
from datetime import datetime, timezone

import pytz
from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE, WEEKLY, rrule
from icalendar import Calendar

LIMIT = (
    datetime.strptime(sys.argv[1], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    if len(sys.argv) > 1
    else None
)
DAYS = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}


def wall(moment, zone):
    """A moment as the wall clock of the zone shows it, without a zone."""
    return moment.astimezone(zone).replace(tzinfo=None) if moment.tzinfo else moment


def utc(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def occurrences(event):
    tzid = event["DTSTART"].params.get("TZID")
    zone = pytz.timezone(tzid) if tzid else pytz.utc
    first = wall(event.decoded("DTSTART"), zone)
    length = wall(event.decoded("DTEND"), zone) - first
    rule = event.get("RRULE")
    if rule:
        if rule["FREQ"][0] != "WEEKLY":
            raise ValueError("only weekly rules are expected")
        until = rule.get("UNTIL", [None])[0]
        if until is None and LIMIT is None:
            raise ValueError("a series that runs on needs a limit")
        if until is None:
            until = LIMIT
        walls = rrule(
            WEEKLY,
            dtstart=first,
            until=wall(until, zone) if until is not None else None,
            byweekday=[DAYS[day] for day in rule.get("BYDAY", [])] or None,
        )
    else:
        walls = [first]
    excluded = set()
    exdates = event.get("EXDATE")
    for group in exdates if isinstance(exdates, list) else [exdates] if exdates else []:
        excluded.update(wall(date.dt, zone) for date in group.dts)
    for start in walls:
        if start not in excluded and (LIMIT is None or zone.localize(start) <= LIMIT):
            yield {
                "uid": str(event["UID"]),
                "start": utc(zone.localize(start)),
                "end": utc(zone.localize(start + length)),
            }


calendar = Calendar.from_ical(sys.stdin.buffer.read())
print(json.dumps([o for event in calendar.walk("VEVENT") for o in occurrences(event)]))
