#!/usr/bin/python3
"""Writes the import fixtures of tests/import (committed; the tests do not need Python).

    /usr/bin/python3 tests/import/data/make_fixtures.py

Needs Debian's python3-openpyxl (3.0.x). Most workbooks are written with openpyxl; a few are
written by hand (zipfile + raw XML) to cover what openpyxl never writes: inline strings,
the 1904 date system, stored (uncompressed) members, rich-text and phonetic runs, escaped
characters, prefixed element names and absolute relationship targets. Every workbook is read
back with openpyxl (and pandas where it is installed) and the values the tests expect are
checked against that independent reading here, so the numbers in tst_import.cpp come from
the values written below, confirmed by openpyxl.
"""

import datetime as dt
import io
import os
import random
import re
import sqlite3
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)


def path(name):
    return os.path.join(HERE, name)


def save(wb, name, shared=True):
    """Saves with fixed timestamps so that regenerating gives the same bytes. Debian's
    openpyxl 3.0 writes strings inline (t="inlineStr"); Excel writes a shared string table,
    so unless `shared` is False the strings are moved there, as Excel would store them."""
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if shared:
        data = to_shared_strings(data)
    normalise_zip(data, path(name))


INLINE_CELL = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t( xml:space="preserve")?>(.*?)</t></is></c>',
                         re.DOTALL)


def to_shared_strings(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    parts = {n: src.read(n) for n in names}
    strings, index, uses = [], {}, [0]

    def shared(m):
        before, after, space, text = m.groups()
        if text not in index:
            index[text] = len(strings)
            strings.append((text, space or ""))
        uses[0] += 1
        return f'<c {before}t="s"{after}><v>{index[text]}</v></c>'

    for n in names:
        if n.startswith("xl/worksheets/") and n.endswith(".xml"):
            parts[n] = INLINE_CELL.sub(shared, parts[n].decode("utf-8")).encode("utf-8")
    if strings:
        items = "".join(f"<si><t{space}>{text}</t></si>" for text, space in strings)
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN_NS}" '
            f'count="{uses[0]}" uniqueCount="{len(strings)}">{items}</sst>').encode("utf-8")
        names.append("xl/sharedStrings.xml")
        rel = f'<Relationship Id="rIdSharedStrings" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", rel.encode() + b"</Relationships>")
        override = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.sharedStrings+xml"/>')
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", override.encode() + b"</Types>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in names:
            dst.writestr(n, parts[n])
    return out.getvalue()


def normalise_zip(data, out_path, compression=zipfile.ZIP_DEFLATED):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out_path, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = compression
            dst.writestr(fixed, src.read(info.filename))


def write_package(name, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path(name), "w") as z:
        for part_name, text in parts:
            info = zipfile.ZipInfo(part_name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, text.encode("utf-8"))


def read_back(name, sheet=None):
    """The sheet's values as openpyxl reads them (rows of Python values)."""
    wb = openpyxl.load_workbook(path(name), read_only=False, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return [list(r) for r in ws.iter_rows(values_only=True)], wb


# --------------------------------------------------------------------------------------------
# openpyxl workbooks

def shared_strings():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws.append(["order_id", "customer", "city", "amount", "quantity"])
    rows = [
        (1001, "Alice", "Beijing", 120.5, 2),
        (1002, "Bob", "Shanghai", 80.0, 1),
        (1003, "Alice", "Beijing", 42.25, 3),
        (1004, "Carol", "Shenzhen", 300.0, 5),
        (1005, "Bob", "Shanghai", 15.75, 1),
        (1006, "Dave", "Beijing", 99.99, 4),
    ]
    for r in rows:
        ws.append(r)
    save(wb, "shared_strings.xlsx")
    values, _ = read_back("shared_strings.xlsx")
    assert values[1:] == [list(r) for r in rows], values
    with zipfile.ZipFile(path("shared_strings.xlsx")) as z:
        assert 't="s"' in z.read("xl/worksheets/sheet1.xml").decode()

    # The same workbook written the way streaming writers do it: each member followed by a
    # data descriptor, with zero sizes in its local header (general purpose flag bit 3).
    class Unseekable(io.RawIOBase):
        def __init__(self, sink):
            self.sink = sink

        def writable(self):
            return True

        def write(self, b):
            return self.sink.write(b)

        def seekable(self):
            return False

    src = zipfile.ZipFile(path("shared_strings.xlsx"))
    with open(path("data_descriptors.xlsx"), "wb") as f:
        with zipfile.ZipFile(Unseekable(f), "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                streamed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
                streamed.compress_type = zipfile.ZIP_DEFLATED
                with dst.open(streamed, "w") as member:
                    member.write(src.read(info.filename))
    with zipfile.ZipFile(path("data_descriptors.xlsx")) as z:
        assert all(i.flag_bits & 0x08 and i.compress_type == zipfile.ZIP_DEFLATED for i in z.infolist())
    assert read_back("data_descriptors.xlsx")[0] == values


def booleans():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Flags"
    ws.append(["name", "active", "score"])
    for r in [("a", True, 1), ("b", False, 0), ("c", True, 1), ("d", None, 0)]:
        ws.append(r)
    save(wb, "booleans.xlsx", shared=False)  # as openpyxl writes it: inline strings
    values, _ = read_back("booleans.xlsx")
    assert [r[1] for r in values[1:]] == [True, False, True, None]


DATE_ROWS = [
    # order_date (openpyxl's default datetime format, custom id 164+)
    # ship_date (built-in id 14 "mm-dd-yy"), cn_date (custom yyyy"年"m"月"d"日"),
    # ts (custom dd/mm/yyyy hh:mm), early (around the 1900 leap-year bug),
    # pct (0.00%, a number), days (0.0 "days": letters only inside quotes, a number),
    # clock (built-in id 20 "h:mm": a time of day)
    (dt.datetime(2024, 1, 31, 8, 30, 0), dt.date(2024, 2, 29), dt.date(2023, 10, 1),
     dt.datetime(2022, 12, 31, 23, 59), dt.date(1900, 1, 1), 0.125, 1.5, dt.time(12, 0)),
    (dt.datetime(2023, 12, 25, 0, 0, 0), dt.date(2024, 3, 1), dt.date(2024, 1, 1),
     dt.datetime(2000, 1, 1, 0, 1), dt.date(1900, 2, 28), 0.5, 2.0, dt.time(18, 45)),
    (dt.datetime(1900, 3, 1, 12, 0, 0), dt.date(1999, 12, 31), dt.date(2008, 8, 8),
     dt.datetime(1970, 1, 1, 0, 0), dt.date(1900, 3, 1), 1.0, 0.5, dt.time(0, 30)),
    (dt.datetime(2020, 2, 29, 23, 59, 59), dt.date(2000, 2, 29), dt.date(2021, 7, 1),
     dt.datetime(2038, 1, 19, 3, 14), dt.date(1970, 1, 1), 0.0, 10.0, dt.time(23, 59, 59)),
]


def dates():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dates"
    ws.append(["order_date", "ship_date", "cn_date", "ts", "early", "pct", "days", "clock"])
    formats = [None, "mm-dd-yy", 'yyyy"年"m"月"d"日"', "dd/mm/yyyy hh:mm", "yyyy-mm-dd", "0.00%",
               '0.0 "days"', "h:mm"]
    for r, row in enumerate(DATE_ROWS, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if formats[c - 1]:
                cell.number_format = formats[c - 1]
    save(wb, "dates.xlsx")
    values, wb2 = read_back("dates.xlsx")
    ws2 = wb2.active
    assert ws2["B2"].style_id is not None
    # Built-in ids: "mm-dd-yy" is 14 and "h:mm" is 20 in openpyxl's table.
    assert openpyxl.styles.numbers.BUILTIN_FORMATS[14] == "mm-dd-yy"
    assert openpyxl.styles.numbers.BUILTIN_FORMATS[20] == "h:mm"
    for got, want in zip(values[1:], DATE_ROWS):
        assert got[0] == want[0], (got, want)
        assert got[1].date() == want[1]
        assert got[2].date() == want[2]
        assert got[3] == want[3]
        assert got[4].date() == want[4], (got[4], want[4])
        assert got[5] == want[5] and got[6] == want[6]
        assert got[7] == want[7], (got[7], want[7])


def sparse():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sparse"
    for col, name in enumerate(["id", "a", "b", "c"], start=1):
        ws.cell(row=1, column=col, value=name)
    ws["A2"], ws["B2"], ws["D2"] = 1, 10, "x"
    ws["A3"], ws["C3"] = 2, 30
    # row 4 left blank
    ws["A5"], ws["D5"], ws["F5"] = 3, "z", 99
    ws["B6"] = 60
    save(wb, "sparse.xlsx")
    values, _ = read_back("sparse.xlsx")
    assert values == [
        ["id", "a", "b", "c", None, None],
        [1, 10, None, "x", None, None],
        [2, None, 30, None, None, None],
        [None] * 6,
        [3, None, None, "z", None, 99],
        [None, 60, None, None, None, None],
    ], values


def multi_sheet():
    wb = openpyxl.Workbook()
    orders = wb.active
    orders.title = "Orders"
    orders.append(["order", "amount"])
    for r in [("A-1", 10.5), ("A-2", 20.25), ("A-3", 30.0)]:
        orders.append(r)
    customers = wb.create_sheet("Customers")
    customers.append(["name", "age"])
    customers.append(["Alice", 34])
    customers.append(["Bob", 27])
    hidden = wb.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden.append(["secret"])
    hidden.append([42])
    summary = wb.create_sheet("汇总")
    summary.append(["总计"])
    summary.append([60.75])
    chart_sheet = wb.create_chartsheet("Chart")
    chart = BarChart()
    chart.add_data(Reference(orders, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    chart_sheet.add_chart(chart)
    save(wb, "multi_sheet.xlsx")
    wb2 = openpyxl.load_workbook(path("multi_sheet.xlsx"))
    assert wb2.sheetnames == ["Orders", "Customers", "Hidden", "汇总", "Chart"], wb2.sheetnames
    values, _ = read_back("multi_sheet.xlsx", "Customers")
    assert values == [["name", "age"], ["Alice", 34], ["Bob", 27]]


def empty_sheet():
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    other = wb.create_sheet("Other")
    other["A1"] = "only"
    save(wb, "empty_sheet.xlsx")
    values, _ = read_back("empty_sheet.xlsx", "Empty")
    assert values in ([], [[None]]), values


def header_only():
    wb = openpyxl.Workbook()
    wb.active.title = "Header"
    wb.active.append(["customer", "amount", "date"])
    save(wb, "header_only.xlsx")


def error_cells():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Errors"
    ws.append(["x", "y", "ratio"])
    for r in [(1, 0, "#DIV/0!"), (2, 4, 0.5), (3, 0, "#DIV/0!"), (4, 2, "#N/A")]:
        ws.append(r)
    save(wb, "error_cell.xlsx")
    wb2 = openpyxl.load_workbook(path("error_cell.xlsx"))
    assert wb2.active["C2"].data_type == "e" and wb2.active["C5"].data_type == "e"


def chinese():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["客户编号", "姓名", "城市", "消费金额"])
    for r in [(1, "张三", "北京", 1288.5), (2, "李四", "上海", 560), (3, "王五", "广州", 3120.75)]:
        ws.append(r)
    save(wb, "chinese.xlsx")
    values, _ = read_back("chinese.xlsx")
    assert values[2] == [2, "李四", "上海", 560]


def single_row():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "One"
    ws.append(["a", "b", "empty"])
    ws.append([7, "x"])
    save(wb, "single_row.xlsx")


def duplicate_headers():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dups"
    ws.append(["a", "a", None, "a.1", "b", "a"])
    ws.append([1, 2, 3, 4, 5, 6])
    save(wb, "dup_headers.xlsx")
    try:
        import pandas as pd
    except ImportError:
        return
    names = list(pd.read_excel(path("dup_headers.xlsx"), engine="openpyxl").columns)
    # pandas 1.5 (Debian 12) skips "a.1" because a column has that name already; ours
    # say column_N where pandas says "Unnamed: N-1".
    assert names == ["a", "a.2", "Unnamed: 2", "a.1", "b", "a.3"], names


def large():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Large"
    ws.append(["i", "half", "category"])
    for i in range(3000):
        ws.append([i, i * 0.5, "cat%d" % (i % 7)])
    save(wb, "large.xlsx")


# --------------------------------------------------------------------------------------------
# Hand-written workbooks

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{overrides}
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def inline_1904():
    """Inline strings, the 1904 date system, t="str"/"b"/"e"/"d" cells, cells without
    references, stored (uncompressed) members."""
    workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">
<workbookPr date1904="1"/>
<sheets><sheet name="Inline" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL_NS}/styles" Target="styles.xml"/>
</Relationships>"""
    styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN_NS}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>"""
    sheet = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN_NS}">
<dimension ref="A1:E5"/>
<sheetData>
<row r="1">
<c r="A1" t="inlineStr"><is><t>label</t></is></c>
<c r="B1" t="inlineStr"><is><t>when</t></is></c>
<c r="C1" t="inlineStr"><is><t>flag</t></is></c>
<c r="D1" t="inlineStr"><is><t>formula</t></is></c>
<c r="E1" t="inlineStr"><is><t>iso</t></is></c>
</row>
<row r="2">
<c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Hel</t></r><r><t>lo</t></r></is></c>
<c r="B2" s="1"><v>1</v></c>
<c r="C2" t="b"><v>1</v></c>
<c r="D2" t="str"><f>UPPER(A2)</f><v>HELLO</v></c>
<c r="E2" t="d"><v>2024-03-01T10:00:00</v></c>
</row>
<row>
<c t="inlineStr"><is><t>line_x000D_break</t></is></c>
<c s="2"><v>43890.5</v></c>
<c t="b"><v>0</v></c>
<c t="str"><f>"x"</f><v>x</v></c>
<c t="e"><f>1/0</f><v>#VALUE!</v></c>
</row>
<row r="5">
<c r="A5" t="inlineStr"><is><t xml:space="preserve"> last </t></is></c>
<c r="B5" s="1"><v>366</v></c>
<c r="C5" t="b"><v>1</v></c>
</row>
</sheetData>
</worksheet>"""
    overrides = ('<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.worksheet+xml"/>')
    write_package("inline_1904.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES.format(overrides=overrides)),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/styles.xml", styles),
        ("xl/worksheets/sheet1.xml", sheet),
    ], compression=zipfile.ZIP_STORED)

    wb = openpyxl.load_workbook(path("inline_1904.xlsx"), data_only=True)
    ws = wb.active
    assert wb.epoch == dt.datetime(1904, 1, 1)
    assert ws["A2"].value == "Hello", ws["A2"].value
    # Serial 1 is 1904-01-02 (day 0 is 1904-01-01; openpyxl reads 0 as a bare time).
    assert ws["B2"].value == dt.datetime(1904, 1, 2), ws["B2"].value
    # 43890.5 days after 1904-01-01 (openpyxl, 1904 system):
    assert ws["B3"].value == dt.datetime(2024, 3, 1, 12, 0), ws["B3"].value
    assert ws["B5"].value == dt.datetime(1905, 1, 1), ws["B5"].value
    assert ws["C2"].value is True and ws["C3"].value is False
    assert ws["D2"].value == "HELLO"
    assert ws["E2"].value == dt.datetime(2024, 3, 1, 10, 0)
    assert ws["A5"].value == " last "


def rich_text():
    """Rich-text and phonetic runs in shared strings, _xHHHH_ escapes, a prefixed main
    namespace and an absolute relationship target to a non-standard part name."""
    workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="{MAIN_NS}" xmlns:rel="{REL_NS}">
<x:sheets><x:sheet name="Rich" sheetId="1" rel:id="rIdSheet"/></x:sheets>
</x:workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rIdSheet" Type="{REL_NS}/worksheet" Target="/xl/worksheets/data_sheet.xml"/>
<Relationship Id="rIdStrings" Type="{REL_NS}/sharedStrings" Target="strings/table.xml"/>
<Relationship Id="rIdLink" Type="{REL_NS}/hyperlink" Target="https://example.com/" TargetMode="External"/>
</Relationships>"""
    strings = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:sst xmlns:x="{MAIN_NS}" count="6" uniqueCount="6">
<x:si><x:t>name</x:t></x:si>
<x:si><x:r><x:rPr><x:b/><x:sz val="11"/></x:rPr><x:t>Bold</x:t></x:r><x:r><x:t xml:space="preserve"> and plain</x:t></x:r></x:si>
<x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si>
<x:si><x:t>note</x:t></x:si>
<x:si><x:t>a_x005F_x000D_b</x:t></x:si>
<x:si><x:t>Tab_x0009_here</x:t></x:si>
</x:sst>"""
    sheet = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="{MAIN_NS}">
<x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" t="s"><x:v>4</x:v></x:c></x:row>
<x:row r="3"><x:c r="A3" t="s"><x:v>2</x:v></x:c><x:c r="B3" t="s"><x:v>5</x:v></x:c></x:row>
</x:sheetData>
<x:mergeCells count="0"/>
</x:worksheet>"""
    overrides = ('<Override PartName="/xl/worksheets/data_sheet.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\n'
                 '<Override PartName="/xl/strings/table.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    write_package("rich_text.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES.format(overrides=overrides)),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/strings/table.xml", strings),
        ("xl/worksheets/data_sheet.xml", sheet),
    ])
    wb = openpyxl.load_workbook(path("rich_text.xlsx"))
    ws = wb.active
    assert ws["A2"].value == "Bold and plain", ws["A2"].value
    assert ws["A3"].value == "東京", ws["A3"].value
    # ECMA-376 Part 1, 22.9.2.19 (ST_Xstring) defines _xHHHH_ as the character U+HHHH and
    # _x005F_ as an escaped underscore; Excel shows "a_x000D_b" and "Tab<TAB>here".
    # openpyxl 3.0 only undoes the escaped underscore and leaves _x0009_ as it is.
    assert ws["B2"].value == "a_x000D_b", repr(ws["B2"].value)
    assert ws["B3"].value == "Tab_x0009_here", repr(ws["B3"].value)


# --------------------------------------------------------------------------------------------
# Broken files: each must give an error, never a crash

def broken():
    rng = random.Random(20240131)
    good = open(path("shared_strings.xlsx"), "rb").read()
    with open(path("truncated.xlsx"), "wb") as f:
        f.write(good[: len(good) * 6 // 10])
    with open(path("random_bytes.xlsx"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(4096)))
    with open(path("fake_zip.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(2048)))
    with open(path("empty_file.xlsx"), "wb") as f:
        pass

    # Damage the compressed bytes of the sheet only; the central directory stays intact.
    z = zipfile.ZipFile(io.BytesIO(good))
    info = z.getinfo("xl/worksheets/sheet1.xml")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    name_len = int.from_bytes(good[info.header_offset + 26: info.header_offset + 28], "little")
    extra_len = int.from_bytes(good[info.header_offset + 28: info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    damaged = bytearray(good)
    for i in range(start + 8, start + info.compress_size - 4, 3):
        damaged[i] ^= 0x5A
    with open(path("corrupt_deflate.xlsx"), "wb") as f:
        f.write(damaged)
    try:
        zipfile.ZipFile(path("corrupt_deflate.xlsx")).read("xl/worksheets/sheet1.xml")
        raise AssertionError("corrupt_deflate.xlsx still reads")
    except (zipfile.BadZipFile, Exception) as e:  # zlib.error or bad CRC
        assert "still reads" not in str(e)

    write_package("not_a_workbook.xlsx", [("readme.txt", "just a zip\n")])

    # A shared string nested 300000 runs deep: a reader that recurses per element would
    # overflow its stack. The XML is well formed; the text is "deep".
    depth = 300000
    workbook = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets><sheet name="Deep" sheetId="1" r:id="rId1"/></sheets></workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
    strings = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}"><si>' + "<r>" * depth
               + "<t>deep</t>" + "</r>" * depth + "</si></sst>")
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
    write_package("deep_nesting.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES.format(overrides="")),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/sharedStrings.xml", strings),
        ("xl/worksheets/sheet1.xml", sheet),
    ])

    # Office stores a password-protected workbook in an OLE compound file whose directory
    # names an "EncryptedPackage" stream. Only that signature matters to the reader; this
    # stub has the OLE magic and the UTF-16LE stream name, not a real encrypted workbook.
    ole = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
    ole += "EncryptedPackage".encode("utf-16-le") + bytes(512)
    with open(path("encrypted.xlsx"), "wb") as f:
        f.write(ole)
    # An OLE file without that stream: an Excel 97-2003 workbook as far as the reader knows.
    with open(path("legacy.xls"), "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + "Workbook".encode("utf-16-le") + bytes(1024))


# --------------------------------------------------------------------------------------------
# SQLite

def sqlite_fixtures():
    p = path("shop.sqlite")
    if os.path.exists(p):
        os.remove(p)
    con = sqlite3.connect(p)
    con.executescript("""
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT, signup TEXT,
                                score REAL, note TEXT, avatar BLOB);
        CREATE TABLE orders (order_id INTEGER, customer_id INTEGER, amount REAL, ordered_at TEXT);
        CREATE TABLE "odd ""quoted"" name" (v INTEGER);
        CREATE VIEW big_spenders AS
            SELECT c.name AS name, SUM(o.amount) AS total
            FROM customers c JOIN orders o ON o.customer_id = c.id
            GROUP BY c.name HAVING SUM(o.amount) > 100 ORDER BY c.name;
    """)
    con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)", [
        (1, "Alice", "Beijing", "2023-01-15", 4.5, None, bytes.fromhex("89504e47")),
        (2, "Bob", "Shanghai", "2023-02-20", 3.0, "vip", None),
        (3, "Carol", None, "2023-03-05", None, None, bytes(range(10))),
        (4, "Dave", "Shenzhen", "2023-04-30", 5.0, "new", None),
    ])
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", [
        (1, 1, 120.5, "2024-01-02 10:00:00"),
        (2, 2, 80.0, "2024-01-03 11:30:00"),
        (3, 1, 42.25, "2024-01-05 09:15:00"),
        (4, 3, 300.0, "2024-01-06 18:00:00"),
        (5, 2, 15.75, "2024-01-07 20:45:00"),
    ])
    con.execute('INSERT INTO "odd ""quoted"" name" VALUES (7)')
    con.commit()
    totals = con.execute("SELECT name, total FROM big_spenders").fetchall()
    assert totals == [("Alice", 162.75), ("Carol", 300.0)], totals
    con.close()

    p = path("single_table.sqlite")
    if os.path.exists(p):
        os.remove(p)
    con = sqlite3.connect(p)
    con.executescript("""
        CREATE TABLE events (id INTEGER, kind TEXT, value REAL, empty_col TEXT);
        CREATE VIEW kinds AS SELECT DISTINCT kind FROM events;
    """)
    con.executemany("INSERT INTO events VALUES (?, ?, ?, NULL)",
                    [(1, "view", 0.5), (2, "buy", 12.0), (3, "view", None)])
    con.commit()
    con.close()

    p = path("no_tables.sqlite")
    if os.path.exists(p):
        os.remove(p)
    con = sqlite3.connect(p)
    con.execute("PRAGMA user_version = 1")  # makes SQLite write the file header
    con.commit()
    con.close()

    with open(path("not_sqlite.db"), "w") as f:
        f.write("id,name\n1,Alice\n")


if __name__ == "__main__":
    shared_strings()
    booleans()
    dates()
    sparse()
    multi_sheet()
    empty_sheet()
    header_only()
    error_cells()
    chinese()
    single_row()
    duplicate_headers()
    large()
    inline_1904()
    rich_text()
    broken()
    sqlite_fixtures()
    print("fixtures written to", HERE)
