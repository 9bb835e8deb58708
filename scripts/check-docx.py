#!/usr/bin/env python3
"""Inspect a .docx written by union-plan (or any .docx) with the standard library only.

Usage: scripts/check-docx.py FILE.docx [--gbt] [--json]

Prints page size, margins, footer distance, the document grid, each paragraph
style's fonts, size, line spacing and indent, the footers' text and alignment,
whether odd/even footers are on, and the core title.

Exit status: 0 when the package is sound; 1 when it is malformed (not a ZIP,
a bad CRC, a required part missing, a part that is not well-formed XML, a
relationship pointing at a missing part); 2 with --gbt when the layout
differs from the GB/T 9704-2012 values union-plan writes (A4, margins
37/35/28/26 mm, 22 lines x 28 characters, exact line spacing, 16 pt body,
22 pt title, 14 pt page numbers between em dashes, odd right / even left).
"""

import json
import sys
import zipfile
import xml.dom.minidom

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REQUIRED = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]
TWIPS_PER_MM = 1440 / 25.4


class Malformed(Exception):
    pass


def attr(el, name):
    """w:-namespaced attribute value or None."""
    if el is None:
        return None
    v = el.getAttributeNS(W, name)
    if v == "" and not el.hasAttributeNS(W, name):
        v = el.getAttribute("w:" + name)
        return v if el.hasAttribute("w:" + name) else None
    return v


def first(el, name):
    if el is None:
        return None
    found = el.getElementsByTagNameNS(W, name)
    return found[0] if found.length else None


def children(el, name):
    return [] if el is None else list(el.getElementsByTagNameNS(W, name))


def text_of(p):
    out = []
    for node in p.getElementsByTagName("*"):
        if node.namespaceURI == W and node.localName == "t":
            out.append("".join(c.data for c in node.childNodes if c.nodeType == c.TEXT_NODE))
        elif node.namespaceURI == W and node.localName == "tab":
            out.append("\t")
    return "".join(out)


def mm(twips):
    return None if twips is None else round(int(twips) / TWIPS_PER_MM, 2)


def load(path):
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise Malformed(f"not a ZIP archive: {e}")
    bad = z.testzip()
    if bad:
        raise Malformed(f"CRC error in {bad}")
    names = z.namelist()
    for req in REQUIRED:
        if req not in names:
            raise Malformed(f"missing part {req}")
    parts = {}
    for name in names:
        if name.endswith(".xml") or name.endswith(".rels"):
            data = z.read(name)
            try:
                parts[name] = xml.dom.minidom.parseString(data)
            except Exception as e:  # expat errors carry line/column
                raise Malformed(f"{name} is not well-formed XML: {e}")
    # Relationship targets must exist.
    for name, dom in parts.items():
        if not name.endswith(".rels"):
            continue
        base = name.replace("_rels/", "").rsplit(".rels", 1)[0]
        folder = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
        for rel in dom.getElementsByTagName("Relationship"):
            if rel.getAttribute("TargetMode") == "External":
                continue
            target = rel.getAttribute("Target")
            full = target.lstrip("/") if target.startswith("/") else folder + target
            if full not in names:
                raise Malformed(f"{name}: relationship {rel.getAttribute('Id')} points at missing {full}")
    return z, parts


def style_report(styles):
    out = {}
    if styles is None:
        return out
    defaults = first(styles.documentElement, "docDefaults")
    items = [("(defaults)", defaults)] + [(attr(s, "styleId"), s) for s in children(styles.documentElement, "style")]
    for sid, el in items:
        if el is None:
            continue
        fonts = first(el, "rFonts")
        sz = first(el, "sz")
        sp = first(el, "spacing")
        ind = first(el, "ind")
        jc = first(el, "jc")
        out[sid] = {
            "name": attr(first(el, "name"), "val"),
            "eastAsia": attr(fonts, "eastAsia"),
            "ascii": attr(fonts, "ascii"),
            "size_pt": None if attr(sz, "val") is None else int(attr(sz, "val")) / 2,
            "bold": first(el, "b") is not None and attr(first(el, "b"), "val") not in ("0", "false"),
            "line": attr(sp, "line"),
            "lineRule": attr(sp, "lineRule"),
            "firstLineChars": attr(ind, "firstLineChars"),
            "firstLine": attr(ind, "firstLine"),
            "jc": attr(jc, "val"),
            "outlineLvl": attr(first(el, "outlineLvl"), "val"),
        }
    return out


def report(path):
    z, parts = load(path)
    doc = parts["word/document.xml"].documentElement
    sect = children(doc, "sectPr")
    if not sect:
        raise Malformed("word/document.xml has no sectPr")
    sect = sect[-1]
    pg, mar, grid = first(sect, "pgSz"), first(sect, "pgMar"), first(sect, "docGrid")
    rels = {}
    if "word/_rels/document.xml.rels" in parts:
        for rel in parts["word/_rels/document.xml.rels"].getElementsByTagName("Relationship"):
            rels[rel.getAttribute("Id")] = "word/" + rel.getAttribute("Target")
    footers = {}
    for ref in children(sect, "footerReference"):
        part = rels.get(ref.getAttributeNS(R, "id") or ref.getAttribute("r:id"))
        dom = parts.get(part)
        if dom is None:
            raise Malformed(f"footer {part} missing")
        paras = children(dom.documentElement, "p")
        instr = " ".join(
            "".join(c.data for c in i.childNodes if c.nodeType == c.TEXT_NODE) for i in children(dom.documentElement, "instrText")
        )
        simple = [attr(f, "instr") for f in children(dom.documentElement, "fldSimple")]
        ind = first(dom.documentElement, "ind")
        footers[attr(ref, "type")] = {
            "part": part,
            "text": [text_of(p) for p in paras],
            "field": (instr + " ".join(s for s in simple if s)).strip(),
            "jc": attr(first(dom.documentElement, "jc"), "val"),
            "ind_left": attr(ind, "left"),
            "ind_right": attr(ind, "right"),
        }
    settings = parts.get("word/settings.xml")
    even_odd = settings is not None and first(settings.documentElement, "evenAndOddHeaders") is not None
    fonts = {}
    if "word/fontTable.xml" in parts:
        for f in children(parts["word/fontTable.xml"].documentElement, "font"):
            fonts[attr(f, "name")] = {
                "altName": attr(first(f, "altName"), "val"),
                "charset": attr(first(f, "charset"), "val"),
            }
    title = None
    if "docProps/core.xml" in parts:
        t = parts["docProps/core.xml"].getElementsByTagName("dc:title")
        if t.length:
            title = "".join(c.data for c in t[0].childNodes if c.nodeType == c.TEXT_NODE)
    paragraphs = children(doc, "p")
    used = {}
    for p in paragraphs:
        st = attr(first(p, "pStyle"), "val") or "Normal"
        used[st] = used.get(st, 0) + 1
    g = lambda el, a: None if attr(el, a) is None else int(attr(el, a))
    page = {"w": g(pg, "w"), "h": g(pg, "h")}
    margins = {k: g(mar, k) for k in ("top", "bottom", "left", "right", "header", "footer", "gutter")}
    info = {
        "file": path,
        "parts": sorted(z.namelist()),
        "title": title,
        "page_twips": page,
        "page_mm": {k: mm(v) for k, v in page.items()},
        "margins_twips": margins,
        "margins_mm": {k: mm(v) for k, v in margins.items()},
        "doc_grid": {"type": attr(grid, "type"), "linePitch": g(grid, "linePitch"), "charSpace": g(grid, "charSpace")},
        "styles": style_report(parts.get("word/styles.xml")),
        "fonts": fonts,
        "footers": footers,
        "even_and_odd_footers": even_odd,
        "paragraphs": len(paragraphs),
        "paragraphs_by_style": used,
    }
    if all(v is not None for v in (page["h"], margins["top"], margins["bottom"], info["doc_grid"]["linePitch"])):
        height = page["h"] - margins["top"] - margins["bottom"]
        info["lines_per_page"] = height // info["doc_grid"]["linePitch"]
    if all(v is not None for v in (page["w"], margins["left"], margins["right"])):
        width_pt = (page["w"] - margins["left"] - margins["right"]) / 20
        cs = info["doc_grid"]["charSpace"] or 0
        body = (info["styles"].get("Normal") or {}).get("size_pt") or 10.5
        info["chars_per_line"] = int(width_pt // (body + cs / 4096))
    return info


def gbt_problems(info):
    problems = []

    def want(what, got, expected, tol=0):
        if got is None or abs(got - expected) > tol:
            problems.append(f"{what}: {got}, want {expected}")

    want("page width (twips)", info["page_twips"]["w"], 11906, 2)
    want("page height (twips)", info["page_twips"]["h"], 16838, 2)
    for side, value in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
        want(f"{side} margin (mm)", info["margins_mm"][side], value, 0.1)
    want("lines per page", info.get("lines_per_page"), 22)
    want("characters per line", info.get("chars_per_line"), 28)
    normal = info["styles"].get("Normal", {})
    want("body size (pt)", normal.get("size_pt"), 16)
    if normal.get("lineRule") != "exact" or normal.get("line") != str(info["doc_grid"]["linePitch"]):
        problems.append(f"body line spacing {normal.get('line')} {normal.get('lineRule')}, want exact = linePitch")
    if normal.get("eastAsia") != "仿宋_GB2312":
        problems.append(f"body font {normal.get('eastAsia')}, want 仿宋_GB2312")
    title = info["styles"].get("Title", {})
    want("title size (pt)", title.get("size_pt"), 22)
    for sid, face in (("Heading1", "黑体"), ("Heading2", "楷体_GB2312"), ("Heading3", "仿宋_GB2312"), ("Heading4", "仿宋_GB2312")):
        if info["styles"].get(sid, {}).get("eastAsia") != face:
            problems.append(f"{sid} font {info['styles'].get(sid, {}).get('eastAsia')}, want {face}")
    if not info["even_and_odd_footers"]:
        problems.append("evenAndOddHeaders is off")
    for kind, jc in (("default", "right"), ("even", "left")):
        f = info["footers"].get(kind)
        if f is None:
            problems.append(f"no {kind} footer")
            continue
        if f["jc"] != jc:
            problems.append(f"{kind} footer aligned {f['jc']}, want {jc}")
        if "PAGE" not in f["field"] or not any(t.startswith("\u2014") and t.endswith("\u2014") for t in f["text"]):
            problems.append(f"{kind} footer is {f['text']} / {f['field']!r}, want — PAGE —")
    return problems


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    try:
        info = report(args[0])
    except Malformed as e:
        print(f"MALFORMED: {args[0]}: {e}", file=sys.stderr)
        return 1
    if "--json" in argv:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(f"file      {info['file']}  ({len(info['parts'])} parts, {info['paragraphs']} paragraphs)")
        print(f"title     {info['title']}")
        p, m = info["page_mm"], info["margins_mm"]
        print(f"page      {info['page_twips']['w']} x {info['page_twips']['h']} twips = {p['w']} x {p['h']} mm")
        print(
            f"margins   top {m['top']} bottom {m['bottom']} left {m['left']} right {m['right']} mm; "
            f"header {m['header']} footer {m['footer']} mm"
        )
        gr = info["doc_grid"]
        print(
            f"docGrid   {gr['type']} linePitch {gr['linePitch']} charSpace {gr['charSpace']} -> "
            f"{info.get('lines_per_page')} lines x {info.get('chars_per_line')} chars"
        )
        for sid, s in info["styles"].items():
            print(
                f"style     {sid:<13} {str(s['eastAsia']):<14} {str(s['ascii']):<16} {s['size_pt']} pt"
                f"{' bold' if s['bold'] else ''}  line {s['line']} {s['lineRule']}  indent {s['firstLineChars']}/{s['firstLine']}"
                f"  jc {s['jc']}  outline {s['outlineLvl']}"
            )
        for name, f in info["fonts"].items():
            print(f"font      {name} (altName {f['altName']}, charset {f['charset']})")
        for kind, f in info["footers"].items():
            print(f"footer    {kind:<8} {f['part']}: {f['text']} field {f['field']!r} jc {f['jc']} ind {f['ind_left']}/{f['ind_right']}")
        print(f"even/odd  {'on' if info['even_and_odd_footers'] else 'off'}")
        print(f"styles    used: {info['paragraphs_by_style']}")
    if "--gbt" in argv:
        problems = gbt_problems(info)
        for pr in problems:
            print(f"GB/T: {pr}", file=sys.stderr)
        if problems:
            return 2
        print("GB/T 9704 layout: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
