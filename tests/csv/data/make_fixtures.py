#!/usr/bin/env python3
"""Writes the CSV importer's fixtures: one file per edge case, byte for byte.

Run from this folder with /usr/bin/python3; the files are committed, so the test suite
never needs Python. Expected values in tst_csv.cpp are the values written here (and, where
noted, what pandas 1.5.3 `read_csv` reports for the same file)."""
import random

def write(name, data):
    with open(name, "wb") as f:
        f.write(data)

# Plain, LF endings.
write("basic.csv", b"id,name,amount,joined\n1,Alice,10.5,2024-01-31\n2,Bob,,2024-02-29\n3,Carol,7,2023-12-01\n")
# CRLF endings and a UTF-8 BOM.
write("bom_crlf.csv", b"\xef\xbb\xbfcity,sales\r\nParis,1.5\r\nLyon,2\r\n")
# Old Mac CR-only endings.
write("cr_only.csv", b"a,b\r1,x\r2,y\r")
# Quoted fields spanning lines, escaped quotes, delimiter inside quotes.
write("multiline.csv",
      b'id,address,note\n1,"12 Main St\nSpringfield","said ""hi"""\n2,"a,b",plain\n3,"line1\r\nline2\r\nline3",last\n')
# GBK (Chinese Excel export) with Chinese headers and values.
write("gbk_chinese.csv", "用户编号,城市,消费金额\n1,北京,120.5\n2,上海,88\n3,广州,\n".encode("gbk"))
# UTF-16 LE and BE with BOM (Excel "Unicode text" is UTF-16 LE with tabs).
text16 = "name\tscore\n张三\t90\nBob\t85.5\n"
write("utf16le.tsv", b"\xff\xfe" + text16.encode("utf-16-le"))
write("utf16be.tsv", b"\xfe\xff" + text16.encode("utf-16-be"))
# Empty file, header only, one column.
write("empty.csv", b"")
write("header_only.csv", b"a,b,c\n")
write("one_column.csv", b"value\n3\n1\n2\n")
# Ragged rows: line 3 has too few fields, line 5 too many.
write("ragged.csv", b"a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n13,14,15\n")
# Random binary bytes (seeded), with NULs.
rnd = random.Random(7)
write("binary.bin", bytes(rnd.randrange(256) for _ in range(4096)))
# Unterminated quote opening on line 3, field 2.
write("unterminated.csv", b'a,b\n1,x\n2,"never closed\n3,z\n')
# A column with no values at all, and NA tokens.
write("all_missing.csv", b"a,empty,c\n1,,x\n2,NA,y\n3,,NULL\n")
# Semicolons with decimal commas (European Excel).
write("semicolon_decimal_comma.csv", b"product;price;qty\nA;1,50;3\nB;12,25;1\nC;0,99;10\n")
# Pipe-delimited, no header.
write("pipe_no_header.txt", b"1|2.5|x\n2|3.5|y\n3|4.5|z\n")
# Booleans, dates in several layouts, id-like columns.
write("types.csv",
      b"user_id,active,signup,us_date,score,segment\n"
      b"101,TRUE,2024-01-05,1/31/2024,1.5,gold\n"
      b"102,FALSE,2024-02-10,2/29/2024,2.5,silver\n"
      b"103,true,2024-03-15,12/1/2023,3.5,gold\n"
      b"104,false,2024-04-20,7/4/2024,4.5,bronze\n")
# A column numeric for 1500 rows, then text: must be read as text (as pandas: object).
rows = ["n,v"] + [f"{i},{i * 0.5}" for i in range(1500)] + ["1500,oops"] + [f"{i},{i}" for i in range(1501, 1510)]
write("late_text.csv", ("\n".join(rows) + "\n").encode())
# Thousands separators (only read as numbers when the option is on).
write("thousands.csv", b'name,revenue\nA,"1,234,567"\nB,"12,000"\nC,999\n')
# Duplicate and empty header names.
write("dup_header.csv", b"x,x,,y\n1,2,3,4\n")
# Leading junk lines to skip.
write("skip_rows.csv", b"Report generated 2024-05-01\nSource: shop\nk,v\n1,2\n")
# Whitespace-only values are values, not missing (as pandas).
write("whitespace.csv", b"a,b\n1, \n2,x\n")
