#!/usr/bin/env python3
"""Generate the [MS-OXPROPS] property name table of src/data/tags.rs.

Usage:
    proptags.py DOCS [--notes spec-notes/properties.md] [--rust src/data/tags.rs]
                     [--report]

DOCS is a local copy of the office-developer-client-docs repository: either a
work tree (with docs/outlook/mapi/ in it) or a bare git directory (read with
`git show HEAD:...`). Every `docs/outlook/mapi/pid*.md` page is read: for a
PidTag page the canonical name, the "Identifier" row and the "Data type" row;
for a PidLid page the name, "Property set", "Long ID (LID)" and "Data type".

Rows taken from the [MS-OXPROPS] property pages themselves are kept in the
notes file between the markers `<!-- oxprops-rows:begin -->` and
`<!-- oxprops-rows:end -->`; such a row adds a property the client docs lack
or replaces the client docs' row for the same canonical name ([MS-OXPROPS]
is the source of truth). Rows between `<!-- other-rows:begin -->` and
`<!-- other-rows:end -->` do the same from other evidence the notes give
(corrections of evident client docs errors, ids the session could not read on
an [MS-OXPROPS] page). Property set GUIDs come from the client docs page
"commonly-used-property-sets.md" and the notes table between
`<!-- psets:begin -->` and `<!-- psets:end -->`.

With --rust FILE the text between the `// @generated begin` and
`// @generated end` lines of FILE is replaced; without it the generated
section is printed. --report prints counts and the pages the script could not
read to stderr.
"""

import argparse
import os
import re
import subprocess
import sys

MAPI_DIR = "docs/outlook/mapi"

# [MS-OXCDATA] 2.11.1 property type names and codes.
PTYP = {
    "PtypInteger16": 0x0002,
    "PtypInteger32": 0x0003,
    "PtypFloating32": 0x0004,
    "PtypFloating64": 0x0005,
    "PtypCurrency": 0x0006,
    "PtypFloatingTime": 0x0007,
    "PtypErrorCode": 0x000A,
    "PtypBoolean": 0x000B,
    "PtypObject": 0x000D,
    "PtypInteger64": 0x0014,
    "PtypString8": 0x001E,
    "PtypString": 0x001F,
    "PtypTime": 0x0040,
    "PtypGuid": 0x0048,
    "PtypServerId": 0x00FB,
    "PtypRestriction": 0x00FD,
    "PtypRuleAction": 0x00FE,
    "PtypBinary": 0x0102,
    "PtypMultipleInteger16": 0x1002,
    "PtypMultipleInteger32": 0x1003,
    "PtypMultipleFloating32": 0x1004,
    "PtypMultipleFloating64": 0x1005,
    "PtypMultipleCurrency": 0x1006,
    "PtypMultipleFloatingTime": 0x1007,
    "PtypMultipleInteger64": 0x1014,
    "PtypMultipleString8": 0x101E,
    "PtypMultipleString": 0x101F,
    "PtypMultipleTime": 0x1040,
    "PtypMultipleGuid": 0x1048,
    "PtypMultipleBinary": 0x1102,
    "PtypUnspecified": 0x0000,
    "PtypNull": 0x0001,
}
PTYP_NAME = {v: k for k, v in PTYP.items()}

# MAPI header type names used by the client docs -> [MS-OXCDATA] type.
PT = {
    "PT_I2": "PtypInteger16",
    "PT_SHORT": "PtypInteger16",
    "PT_LONG": "PtypInteger32",
    "PT_R4": "PtypFloating32",
    "PT_R8": "PtypFloating64",
    "PT_DOUBLE": "PtypFloating64",
    "PT_CURRENCY": "PtypCurrency",
    "PT_APPTIME": "PtypFloatingTime",
    "PT_ERROR": "PtypErrorCode",
    "PT_BOOLEAN": "PtypBoolean",
    "PT_OBJECT": "PtypObject",
    "PT_I8": "PtypInteger64",
    "PT_LONGLONG": "PtypInteger64",
    "PT_STRING8": "PtypString8",
    "PT_UNICODE": "PtypString",
    "PT_TSTRING": "PtypString",
    "PT_SYSTIME": "PtypTime",
    "PT_CLSID": "PtypGuid",
    "PT_GUID": "PtypGuid",
    "PT_SRESTRICTION": "PtypRestriction",
    "PT_ACTIONS": "PtypRuleAction",
    "PT_BINARY": "PtypBinary",
    "PT_NULL": "PtypNull",
    "PT_MV_I2": "PtypMultipleInteger16",
    "PT_MV_LONG": "PtypMultipleInteger32",
    "PT_MV_R8": "PtypMultipleFloating64",
    "PT_MV_I8": "PtypMultipleInteger64",
    "PT_MV_STRING8": "PtypMultipleString8",
    "PT_MV_UNICODE": "PtypMultipleString",
    "PT_MV_TSTRING": "PtypMultipleString",
    "PT_MV_SYSTIME": "PtypMultipleTime",
    "PT_MV_CLSID": "PtypMultipleGuid",
    "PT_MV_BINARY": "PtypMultipleBinary",
    # "PT_MV_UNICODE8" is not a MAPI type name: read as the Unicode form.
    "PT_MV_UNICODE8": "PtypMultipleString",
    # Not type names at all, seen on single pages.
    "Boolean": "PtypBoolean",
}


class Source:
    """Reads files of the docs copy, work tree or bare git directory."""

    def __init__(self, path):
        self.path = path
        self.tree = os.path.isdir(os.path.join(path, MAPI_DIR))

    def names(self):
        if self.tree:
            base = os.path.join(self.path, MAPI_DIR)
            return sorted(MAPI_DIR + "/" + f for f in os.listdir(base))
        out = subprocess.run(
            ["git", "-C", self.path, "ls-tree", "--name-only", "HEAD", MAPI_DIR + "/"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return sorted(out.split())

    def read(self, name):
        if self.tree:
            with open(os.path.join(self.path, name), encoding="utf-8-sig") as f:
                return f.read()
        return subprocess.run(
            ["git", "-C", self.path, "show", "HEAD:" + name],
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8-sig")

    def revision(self):
        if self.tree and not os.path.exists(os.path.join(self.path, ".git")):
            return "work tree"
        try:
            return subprocess.run(
                ["git", "-C", self.path, "rev-parse", "HEAD"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
        except (subprocess.CalledProcessError, FileNotFoundError):
            return "unknown"


def clean(cell):
    cell = re.sub(r"<br\s*/?>", " ", cell)
    cell = cell.replace("*", "")
    return " ".join(cell.split())


def table_rows(text):
    """The `|Key: |Value |` rows of a page's property table."""
    rows = {}
    for line in text.splitlines():
        m = re.match(r"^\s*\|([^|]*?):?\s*(?:<br/>)?\s*\|([^|]*)\|", line)
        if not m:
            continue
        key = clean(m.group(1)).rstrip(":").strip()
        if key and key not in rows:
            rows[key] = clean(m.group(2))
    return rows


def heading_name(text):
    # Most pages say "# PidTagX Canonical Property"; a few misspell the
    # suffix or leave it out.
    m = re.search(r"^#\s+(Pid(?:Tag|Lid|Name)\w+)\b", text, re.M)
    return m.group(1) if m else None


def map_type(raw):
    """The [MS-OXCDATA] type of a client docs "Data type" cell, or None.

    A cell naming both the 8-bit and the Unicode form of a string is the
    Unicode type, which is what [MS-OXPROPS] gives for such properties.
    """
    parts = [p.strip() for p in raw.replace(";", ",").split(",") if p.strip()]
    kinds = []
    for p in parts:
        if p not in PT:
            return None
        kinds.append(PT[p])
    kinds = set(kinds)
    if kinds <= {"PtypString", "PtypString8"}:
        return "PtypString" if "PtypString" in kinds else "PtypString8"
    if kinds <= {"PtypMultipleString", "PtypMultipleString8"}:
        return "PtypMultipleString" if "PtypMultipleString" in kinds else "PtypMultipleString8"
    if kinds <= {"PtypString", "PtypMultipleString8", "PtypMultipleString"}:
        # "PT_MV_STRING8, PT_UNICODE": a multi-valued string property whose
        # Unicode form is misnamed; read as the multi-valued Unicode type.
        return "PtypMultipleString"
    if len(kinds) == 1:
        return kinds.pop()
    return None


def parse_hex(s):
    m = re.search(r"0x([0-9A-Fa-f]+)", s)
    return int(m.group(1), 16) if m else None


def guid_bytes(text):
    """Wire (FlatUID, [MS-OXCDATA] 2.5.1) bytes of a `{XXXXXXXX-...}` GUID."""
    h = text.strip().strip("{}").split("-")
    d1, d2, d3 = int(h[0], 16), int(h[1], 16), int(h[2], 16)
    rest = bytes.fromhex(h[3] + h[4])
    return d1.to_bytes(4, "little") + d2.to_bytes(2, "little") + d3.to_bytes(2, "little") + rest


def read_psets(src, notes):
    sets = {}
    text = src.read(MAPI_DIR + "/commonly-used-property-sets.md")
    for line in text.splitlines():
        cells = [clean(c) for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.match(r"\{[0-9A-Fa-f-]{36}\}", cells[2]):
            sets[cells[1]] = cells[2]
    for cells in notes_table(notes, "psets"):
        if len(cells) >= 2:
            sets[cells[0]] = cells[1]
    return sets


def notes_table(notes, marker):
    """Data rows of the markdown table between `<!-- MARKER:begin/end -->`."""
    if not notes:
        return []
    m = re.search(
        r"<!-- %s:begin -->(.*?)<!-- %s:end -->" % (marker, marker), notes, re.S
    )
    if not m:
        return []
    rows = []
    for line in m.group(1).splitlines():
        line = line.strip()
        if not line.startswith("|") or re.match(r"^\|[\s:|-]+\|$", line):
            continue
        cells = [c.strip().strip("`") for c in line.strip("|").split("|")]
        if cells and cells[0].startswith("Pid") or (cells and cells[0].startswith("PS")):
            rows.append(cells)
    return rows


def read_pages(src):
    tags, lids, names, skipped = {}, {}, {}, []
    for path in src.names():
        base = os.path.basename(path)
        if not base.startswith("pid") or not base.endswith(".md"):
            continue
        text = src.read(path)
        name = heading_name(text)
        if not name:
            skipped.append((base, "no canonical-name heading"))
            continue
        rows = table_rows(text)
        raw_type = rows.get("Data type") or rows.get("Property type") or ""
        ptype = map_type(raw_type)
        entry = {"name": name, "raw_type": raw_type, "ptype": ptype, "page": base}
        if name.startswith("PidTag"):
            ident = rows.get("Identifier") or rows.get("Long ID (LID)")
            pid = parse_hex(ident or "")
            if pid is None:
                skipped.append((base, "no Identifier row"))
                continue
            if pid > 0xFFFF:  # a full property tag was given
                if ptype is None:
                    ptype = PTYP_NAME.get(pid & 0xFFFF)
                    entry["ptype"] = ptype
                pid >>= 16
            entry["id"] = pid
            if "Identifier" not in rows:
                entry["note"] = "id from a 'Long ID (LID)' row"
            tags[name] = entry
        elif name.startswith("PidLid"):
            lid = parse_hex(rows.get("Long ID (LID)", ""))
            pset = rows.get("Property set") or rows.get("lpGuid", "")
            if lid is None or not pset:
                skipped.append((base, "no property set or LID"))
                continue
            entry.update(lid=lid, set=pset)
            lids[name] = entry
        else:
            entry.update(set=rows.get("Property set", ""), pname=rows.get("Property name", ""))
            names[name] = entry
    return tags, lids, names, skipped


def apply_rows(notes, marker, source, tags, lids):
    """Rows of a notes table: add a property or replace the client docs' row.

    `oxprops-rows` holds rows read from [MS-OXPROPS] property pages;
    `other-rows` rows whose id or type comes from other evidence (see the
    notes), marked as such in the report.
    """
    changed = []
    for cells in notes_table(notes, marker):
        if len(cells) < 4:
            continue
        name, ident, dtype, page = cells[0], cells[1], cells[2], cells[3]
        tname = dtype.split(",")[0].strip()
        if tname not in PTYP:
            raise SystemExit("unknown data type %r for %s in notes" % (dtype, name))
        entry = {"name": name, "ptype": tname, "raw_type": dtype, "page": page, "source": source}
        if len(cells) >= 5 and re.match(r"^2\.\d+$", cells[4]):
            entry["section"] = cells[4]
        if name.startswith("PidTag"):
            entry["id"] = parse_hex(ident)
            old = tags.get(name)
            tags[name] = entry
        elif name.startswith("PidLid"):
            pset, lid = ident.split(":")
            entry.update(set=pset.strip(), lid=parse_hex(lid))
            old = lids.get(name)
            lids[name] = entry
        else:
            continue
        changed.append((name, old, entry))
    return changed


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(tags, lids, psets):
    out = []
    w = out.append
    tag_list = sorted(tags.values(), key=lambda e: (e["id"], e["name"]))
    w("// Generated by spec-notes/tools/proptags.py from the client docs canonical")
    w("// property pages and the [MS-OXPROPS] rows of spec-notes/properties.md.")
    w("// Do not edit by hand: edit the notes or the script and run it again.")
    w("")
    for e in sorted(tags.values(), key=lambda e: e["name"]):
        tag = (e["id"] << 16) | PTYP[e["ptype"]]
        sec = " " + e["section"] if e.get("section") else ""
        w("/// `%s` ([MS-OXPROPS]%s)." % (e["name"], sec))
        line = "pub const %s: PropertyTag = PropertyTag(0x%04X_%04X);" % (e["name"], tag >> 16, tag & 0xFFFF)
        if len(line) > 100:  # the way rustfmt breaks it
            line = "pub const %s: PropertyTag =\n    PropertyTag(0x%04X_%04X);" % (e["name"], tag >> 16, tag & 0xFFFF)
        w(line)
    w("")
    # Name table: one name per id below 0x8000; the rule for shared ids is
    # the lexicographically smallest canonical name.
    by_id = {}
    for e in tag_list:
        if e["id"] >= 0x8000:
            continue
        by_id.setdefault(e["id"], e["name"])
    w("/// Property id to canonical name for the ids below 0x8000, sorted by id, one name")
    w("/// per id (where [MS-OXPROPS] gives several names for one id, the smallest in")
    w("/// byte order).")
    w('#[cfg(feature = "names")]')
    w("#[rustfmt::skip]")
    w("pub static TAG_NAMES: &[(u16, &str)] = &[")
    for pid in sorted(by_id):
        w("    (0x%04X, %s)," % (pid, rust_str(by_id[pid])))
    w("];")
    w("")
    w("/// Every generated `PidTag` constant with its name, in name order (ids of 0x8000")
    w("/// and up included): lets a test check each constant against [`tag_name`].")
    w('#[cfg(feature = "names")]')
    w("#[rustfmt::skip]")
    w("pub static ALL_TAGS: &[(&str, PropertyTag)] = &[")
    for e in sorted(tags.values(), key=lambda e: e["name"]):
        w("    (%s, %s)," % (rust_str(e["name"]), e["name"]))
    w("];")
    w("")
    # Property sets.
    used = sorted({e["set"] for e in lids.values()})
    w("/// Property set GUIDs of the `PidLid` table, in wire byte order ([MS-OXPROPS] 1.3.2,")
    w("/// [MS-OXCDATA] 2.5.1).")
    w("#[rustfmt::skip]")
    w("pub mod psets {")
    w("    use super::guid;")
    w("    use crate::data::ids::Guid;")
    for s in used:
        g = psets[s]
        h = g.strip("{}").split("-")
        d4 = bytes.fromhex(h[3] + h[4])
        w("    /// `%s`, `%s`." % (s, g))
        w("    pub const %s: Guid = guid(0x%s, 0x%s, 0x%s, [%s]);" % (
            s, h[0].upper(), h[1].upper(), h[2].upper(), ", ".join("0x%02X" % x for x in d4)))
    w("}")
    w("")
    lid_list = sorted(lids.values(), key=lambda e: (guid_bytes(psets[e["set"]]), e["lid"], e["name"]))
    w("/// Named properties with a long id: (property set, LID) to canonical name, sorted by")
    w("/// set bytes then LID.")
    w('#[cfg(feature = "names")]')
    w("#[rustfmt::skip]")
    w("pub static LID_NAMES: &[NamedLid] = &[")
    for e in lid_list:
        w(
            "    NamedLid { name: %s, set: psets::%s.0, lid: 0x%08X, ptype: 0x%04X },"
            % (rust_str(e["name"]), e["set"], e["lid"], PTYP[e["ptype"]])
        )
    w("];")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs")
    ap.add_argument("--notes", default=os.path.join(os.path.dirname(__file__), "..", "properties.md"))
    ap.add_argument("--rust")
    ap.add_argument("--report", action="store_true")
    a = ap.parse_args()

    src = Source(a.docs)
    notes = open(a.notes, encoding="utf-8").read() if os.path.exists(a.notes) else ""
    tags, lids, names, skipped = read_pages(src)
    psets = read_psets(src, notes)
    changed = apply_rows(notes, "oxprops-rows", "MS-OXPROPS page", tags, lids)
    changed += apply_rows(notes, "other-rows", "other evidence", tags, lids)

    untyped = [e for e in list(tags.values()) + list(lids.values()) if not e["ptype"]]
    for e in untyped:
        skipped.append((e["page"], "data type %r not mapped" % e["raw_type"]))
        tags.pop(e["name"], None)
        lids.pop(e["name"], None)
    unknown_sets = [e for e in lids.values() if e["set"] not in psets]
    for e in unknown_sets:
        skipped.append((e["page"], "property set %r has no GUID" % e["set"]))
        lids.pop(e["name"], None)

    if a.report:
        r = sys.stderr
        print("docs revision: %s" % src.revision(), file=r)
        print("PidTag: %d (%d ids, %d below 0x8000)" % (
            len(tags), len({e["id"] for e in tags.values()}),
            len({e["id"] for e in tags.values() if e["id"] < 0x8000})), file=r)
        print("PidLid: %d" % len(lids), file=r)
        print("PidName pages (not tabulated): %d" % len(names), file=r)
        print("notes rows applied: %d (%d replaced a client docs row)" % (
            len(changed), sum(1 for c in changed if c[1])), file=r)
        for name, old, new in changed:
            key = "id" if "id" in new else "lid"
            if not old:
                how = "added"
            elif (old[key], old["ptype"]) == (new[key], new["ptype"]):
                how = "agrees with docs"
            else:
                how = "replaces docs 0x%04X %s" % (old[key], old["ptype"])
            print("  %-28s %-16s 0x%04X %-22s %s" % (
                name, new["source"], new[key], new["ptype"], how), file=r)
        for page, why in skipped:
            print("skipped %s: %s" % (page, why), file=r)
        shared = {}
        for e in tags.values():
            shared.setdefault(e["id"], []).append(e["name"])
        for pid, ns in sorted(shared.items()):
            if len(ns) > 1:
                print("shared id 0x%04X: %s" % (pid, ", ".join(sorted(ns))), file=r)
        print("TAG_NAMES string bytes: %d" % sum(
            len(min(n for n in shared[pid])) for pid in shared if pid < 0x8000), file=r)
        print("ALL_TAGS string bytes: %d" % sum(len(n) for n in tags), file=r)
        print("LID_NAMES string bytes: %d" % sum(len(n) for n in lids), file=r)

    text = generate(tags, lids, psets)
    if a.rust:
        with open(a.rust, encoding="utf-8") as f:
            rs = f.read()
        begin, end = "// @generated begin\n", "// @generated end\n"
        i, j = rs.index(begin) + len(begin), rs.index(end)
        with open(a.rust, "w", encoding="utf-8") as f:
            f.write(rs[:i] + text + rs[j:])
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
