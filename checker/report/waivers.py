"""Waivers: an inspector's decision, in a sidecar YAML, that a finding is accepted — why, by whom,
until when (`checker check … --waivers FILE`).

    waivers:
      - {entity: "530300", period: 2021, criterion: DUT-FUND-02, stage: vocational,
         reason: 中职学校撤并, 在校生口径调整, approver: 省督导室 张三, expires: 2027-06-30}

Every key is required (`stage: null` for a criterion without stages): a waiver names one finding by
its full identity, never a family of them. A waived finding keeps its status and evidence; it
carries `waiver` (reason, approver, expires, state) and does not count toward the exit code while
the waiver is in force. After `expires` the finding counts again and says the waiver expired. A
waiver that matches no finding is reported; one without a reason or an approver is invalid input.
"Today" is the report's date (meta.generated_at, fixed by SOURCE_DATE_EPOCH) in the office's time
zone: dates are the office's dates, so a waiver is in force through its expiry day there — Asia/Shanghai,
or the IANA zone in the environment variable CHECKER_TZ (zoneinfo; the tzdata package supplies the zone
database where the system has none). An unknown zone is an input error naming it.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from checker.i18n import t
from checker.intake.safeyaml import DocumentError, decode, format_path, load_yaml, read_bytes
from checker.model import STAGES, InputError
from checker.report.record import Report

ZONE = "Asia/Shanghai"  # the office's dates, unless CHECKER_TZ names another zone
FIELDS = ("entity", "period", "criterion", "stage", "reason", "approver", "expires")


def read(path: Path) -> tuple[list[dict], list[InputError]]:
    """The waivers in a file, each as {entity, period, criterion, stage, reason, approver, expires, place}."""
    name = path.as_posix()
    try:
        doc = load_yaml(decode(read_bytes(path)))
    except FileNotFoundError:
        return [], [InputError(name, "", t("input.no_such_path"))]
    except DocumentError as exc:
        return [], [InputError(name, exc.place, exc.message, exc.expected)]
    items = doc.data.get("waivers") if isinstance(doc.data, dict) else None
    if not isinstance(items, list):
        return [], [InputError(name, "waivers", t("waiver.not_a_list"), t("waiver.expected_list"))]
    waivers, errors, seen = [], [], {}
    for i, item in enumerate(items):
        place = format_path(("waivers", i))
        if not isinstance(item, dict):
            errors.append(InputError(name, place, t("waiver.not_a_mapping"), t("waiver.expected_fields")))
            continue
        problems = _problems(item, doc.raw, i)
        for fieldname, message in problems:
            errors.append(InputError(name, f"{place}.{fieldname}", message, t("waiver.expected_fields")))
        if problems:
            continue
        w = {"entity": str(doc.raw.get(("waivers", i, "entity"), item["entity"])), "period": int(item["period"]),
             "criterion": str(item["criterion"]), "stage": item["stage"], "reason": str(item["reason"]).strip(),
             "approver": str(item["approver"]).strip(), "expires": _date(item["expires"]).isoformat(), "place": place}
        key = (w["entity"], w["period"], w["criterion"], w["stage"])
        if key in seen:
            errors.append(InputError(name, place, t("waiver.duplicate", other=seen[key])))
            continue
        seen[key] = place
        waivers.append(w)
    return waivers, errors


def _problems(item: dict, raw: dict, i: int) -> list[tuple[str, object]]:
    out = []
    for fieldname in FIELDS:
        if fieldname not in item:
            out.append((fieldname, t("waiver.field_missing", field=fieldname)))
    unknown = sorted(set(item) - set(FIELDS))
    out.extend((k, t("waiver.field_unknown", field=k)) for k in unknown)
    for fieldname in ("reason", "approver"):
        if fieldname in item and (item[fieldname] is None or not str(item[fieldname]).strip()):
            out.append((fieldname, t("waiver.field_empty", field=fieldname)))
    if "period" in item and (isinstance(item["period"], bool) or not isinstance(item["period"], int)):
        out.append(("period", t("waiver.bad_period", value=item["period"])))
    if "stage" in item and item["stage"] is not None and item["stage"] not in STAGES:
        out.append(("stage", t("waiver.bad_stage", value=item["stage"], stages=", ".join(STAGES))))
    if "expires" in item and _date(item["expires"]) is None:
        out.append(("expires", t("waiver.bad_date", value=raw.get(("waivers", i, "expires"), item["expires"]))))
    for fieldname in ("entity", "criterion"):
        if fieldname in item and (item[fieldname] is None or not str(item[fieldname]).strip()):
            out.append((fieldname, t("waiver.field_empty", field=fieldname)))
    return out


def _date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def office_zone():
    """The office's time zone (CHECKER_TZ, else Asia/Shanghai) and the input error of an unknown name."""
    import os
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("CHECKER_TZ", "").strip() or ZONE
    try:
        return ZoneInfo(name), []
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(ZONE), [InputError("CHECKER_TZ", "", t("waiver.bad_zone", zone=name))]


def office_date(stamp: str, zone) -> str:
    """The office's date (YYYY-MM-DD) at the report's time `stamp` (UTC, 2026-11-17T20:00:00Z)."""
    try:
        moment = datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        moment = datetime.datetime.now(datetime.timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(zone).date().isoformat()


def apply(report: Report, path: Path) -> Report:
    """The report with each waiver set on the finding it names, and a `waivers` block: file, counts,
    the waivers that matched nothing (also as notices)."""
    waivers, errors = read(path)
    zone, zone_errors = office_zone()
    today = office_date(report.meta.get("generated_at", ""), zone)
    errors = errors + zone_errors
    by_key = {(w["entity"], w["period"], w["criterion"], w["stage"]): w for w in waivers}
    matched, findings = set(), []
    for f in report.findings:
        w = by_key.get((f.entity.code, f.period, f.criterion_id, f.stage))
        if w is None:
            findings.append(f)
            continue
        matched.add(id(w))
        state = "active" if w["expires"] >= today else "expired"
        record = {k: w[k] for k in ("reason", "approver", "expires")} | {"state": state, "file": path.as_posix(),
                                                                          "place": w["place"]}
        findings.append(replace(f, waiver=record))
    unmatched = [{k: w[k] for k in ("entity", "period", "criterion", "stage", "place")}
                 for w in waivers if id(w) not in matched]
    notices = tuple(InputError(path.as_posix(), u["place"], t("waiver.unmatched", entity=u["entity"],
                                                                 period=u["period"], criterion=u["criterion"],
                                                                 stage=u["stage"] or "—"))
                    for u in unmatched)
    states = [f.waiver["state"] for f in findings if f.waiver]
    block = {"file": path.as_posix(), "zone": zone.key, "today": today, "waivers": len(waivers), "active": states.count("active"),
             "expired": states.count("expired"), "unmatched": unmatched}
    return replace(report, findings=tuple(findings), errors=report.errors + tuple(errors),
                   notices=report.notices + notices, waivers=block)
