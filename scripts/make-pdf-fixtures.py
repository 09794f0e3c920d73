#!/usr/bin/env python3
"""Makes the unreadable-PDF fixtures in Tests/Fixtures/formats/ (pdf-*.pdf) for PDFReaderTests.

Run from the repository root: python3 scripts/make-pdf-fixtures.py
Needs only Python's standard library, and qpdf (Debian package `qpdf`) for the two encrypted files.

The PDFs are written object by object so each shows one problem and nothing else:
- pdf-scan.pdf           one page that is only an image (a scan: no text layer);
- pdf-garbled.pdf        a report page whose font's ToUnicode map sends every character to the
                         private-use area, as WPS exports without a Unicode map read;
- pdf-scanned-page.pdf   a report whose second page (sections 四 to 六) is a scan;
- pdf-scan-appendix.pdf  a whole report in text followed by a scanned page (readable: the scan adds nothing);
- pdf-review-ruled.pdf   a report whose table 四 is drawn with rules (merged header cells), figures 1 to 15;
- pdf-review-missing-border.pdf  the same with one rule between two figures missing: that row is not read;
- pdf-review-borderless.pdf  the same table with no rules at all: read from its header words' positions;
- pdf-review-straddling.pdf  without rules, the 14th figure drawn across two columns: not read;
- pdf-review-doubled.pdf     without rules, the 7th figure drawn in the 6th column beside the 6th: not read;
- pdf-review-stray.pdf       without rules, the 1st figure drawn left of the first column: not read;
- pdf-review-split.pdf       without rules, table 四's header at the foot of a page and its figures atop the next: read;
- pdf-furniture.pdf      three pages with a running header, 第 N 页 footers and a paragraph over a page break;
- pdf-table-image.pdf    a report with real text whose section 三 table is an image;
- pdf-encrypted.pdf      pdf-table-image.pdf with a user password (qpdf, AES-256);
- pdf-copy-protected.pdf pdf-table-image.pdf with an owner password only and text extraction forbidden.
The text font is a Type3 font of invisible glyphs with a ToUnicode map, which is all text extraction needs
and keeps poppler quiet (a missing font would make it print warnings). Output is deterministic (fixed IDs) but for the two encrypted files, whose keys qpdf draws at random.
"""
import subprocess
import sys
import zlib
from pathlib import Path

OUT = Path("Tests/Fixtures/formats")


def pdf(objects):
    """A PDF file of `objects` (bodies of objects 1…n, object 1 the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(dictionary, data, compress=True):
    if compress:
        data = zlib.compress(data, 9)
        dictionary += b" /Filter /FlateDecode"
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


# Every character the fixtures draw, each given a one-byte code of the Type3 font.
ALPHABET = []


def code(character):
    if character not in ALPHABET:
        ALPHABET.append(character)
    assert len(ALPHABET) < 256, "a one-byte font has room for 255 characters"
    return ALPHABET.index(character) + 1


def to_unicode(private_use):
    """A CMap from the font's codes to Unicode, or to the private-use area for a font without a usable map."""
    lines = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
             b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
             b"1 begincodespacerange <00> <FF> endcodespacerange"]
    pairs = [(i + 1, 0xE000 + i if private_use else ord(c)) for i, c in enumerate(ALPHABET)]
    for start in range(0, len(pairs), 100):
        chunk = pairs[start:start + 100]
        lines.append(b"%d beginbfchar" % len(chunk))
        lines += [b"<%02X> <%04X>" % pair for pair in chunk]
        lines.append(b"endbfchar")
    lines += [b"endcmap CMapName currentdict /CMap defineresource pop end end"]
    return b"\n".join(lines)


def font_objects(first, private_use=False):
    """A Type3 font (object `first`) whose glyphs draw nothing, its glyph procedure and ToUnicode map.

    Self-contained: no font file to embed or find, so poppler renders it without a word."""
    names = b" ".join(b"/g%d" % (i + 1) for i in range(len(ALPHABET)))
    procs = b" ".join(b"/g%d %d 0 R" % (i + 1, first + 1) for i in range(len(ALPHABET)))
    return [
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 -120 1000 880] /FontMatrix [0.001 0 0 0.001 0 0] "
        b"/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [1 %s] >> /FirstChar 1 /LastChar %d "
        b"/Widths [%s] /ToUnicode %d 0 R >>" % (procs, names, len(ALPHABET), b" ".join([b"1000"] * len(ALPHABET)), first + 2),
        stream(b"", b"1000 0 0 -120 1000 880 d1"),
        stream(b"", to_unicode(private_use)),
        b"null",
    ]


def text(x, y, size, string):
    """Drawing `string` at (x, y) points from the bottom-left, one byte per character."""
    codes = "".join("%02X" % code(c) for c in string)
    return b"BT /F1 %d Tf %d %d Td <%s> Tj ET\n" % (size, x, y, codes.encode())


def image_object(width, height):
    """A grey image with stripes, like a scanned table."""
    rows = bytearray()
    for y in range(height):
        for x in range(width):
            rows.append(0 if (y % 20 == 0 or x % 40 == 0) else 200 + (x * y) % 50)
    return stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
                  % (width, height), bytes(rows))


def document(pages, fonts=True, private_use=False, image=False):
    """Catalog, pages, each page's content, the shared font and image."""
    count = len(pages)
    font_first = 3 + 2 * count
    image_number = font_first + 4
    resources = b"<< "
    if fonts:
        resources += b"/Font << /F1 %d 0 R >> " % font_first
    if image:
        resources += b"/XObject << /Im1 %d 0 R >> " % image_number
    resources += b">>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count)), count)]
    for i, content in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                       % (resources, 4 + 2 * i))
        objects.append(stream(b"", content))
    objects += font_objects(font_first, private_use) if fonts else [b"null"] * 4
    if image:
        objects.append(image_object(240, 150))
    return pdf(objects)


def report_pages(table_image):
    """A short report on the 2021 template; section 三's table an image when `table_image`."""
    first = text(200, 780, 18, "某某县人民政府") + text(120, 750, 18, "2023年政府信息公开工作年度报告")
    first += text(72, 700, 14, "一、总体情况")
    first += text(72, 680, 12, "2023年，本县依法做好政府信息公开工作，主动公开政府信息。")
    first += text(72, 640, 14, "二、主动公开政府信息情况")
    first += text(72, 620, 12, "本年主动公开政府信息情况见下。")
    first += text(72, 580, 14, "三、收到和处理政府信息公开申请情况")
    if table_image:
        first += b"q 450 0 0 280 72 280 cm /Im1 Do Q\n"
    second = text(72, 780, 14, "四、政府信息公开行政复议、行政诉讼情况")
    second += text(72, 740, 14, "五、存在的主要问题及改进情况")
    second += text(72, 720, 12, "政策解读质量仍需提升。")
    second += text(72, 680, 14, "六、其他需要报告的事项")
    second += text(72, 660, 12, "本年未收取信息处理费。")
    return [first, second]


def review_table(missing_border, rules=True, moved=None):
    """Table 四 drawn with rules: two header rows over three, fifteen figures 1…15 in the last row.

    With `missing_border`, the rule between the 5th and 6th figure is not drawn, so one drawn cell holds two figures;
    without `rules`, no rule is drawn at all. `moved` maps a figure's index (0-based) to the x it is drawn at instead."""
    left, width, size = 60, 32, 6
    xs = [left + width * i for i in range(16)]
    ys = [700, 680, 660, 640, 620]
    out = b"0.5 w\n"

    def hline(y, a, b):
        return b"%d %d m %d %d l S\n" % (xs[a], y, xs[b], y)

    def vline(x, top, bottom):
        return b"%d %d m %d %d l S\n" % (xs[x], top, xs[x], bottom)

    out += hline(700, 0, 15) + hline(680, 0, 15) + hline(660, 5, 15) + hline(640, 0, 15) + hline(620, 0, 15)
    for x in (0, 5, 15):
        out += vline(x, 700, 680)
    for x in list(range(0, 6)) + [10, 15]:
        out += vline(x, 680, 660)
    for x in range(16):
        out += vline(x, 660, 640)
        if not (missing_border and x == 5):
            out += vline(x, 640, 620)
    if not rules:
        out = b""
    out += text(xs[1], 686, 8, "行政复议") + text(xs[9], 686, 8, "行政诉讼")
    for i, label in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]):
        out += text(xs[i] + 4, 657, size, label)
    out += text(xs[6], 666, size, "未经复议直接起诉") + text(xs[11], 666, size, "复议后起诉")
    for i, label in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2):
        out += text(xs[5 + i] + 4, 646, size, label)
    for i in range(15):
        out += text((moved or {}).get(i, xs[i] + 12), 626, 8, str(i + 1))
    return out


def review_pages(missing_border, rules=True, moved=None):
    """The short report with a ruled table 四 under its heading."""
    first, second = report_pages(False)
    second = text(72, 780, 14, "四、政府信息公开行政复议、行政诉讼情况") + review_table(missing_border, rules, moved)
    second += text(72, 580, 14, "五、存在的主要问题及改进情况") + text(72, 560, 12, "政策解读质量仍需提升。")
    second += text(72, 520, 14, "六、其他需要报告的事项") + text(72, 500, 12, "本年未收取信息处理费。")
    return [first, second]


def review_split_pages():
    """The short report with table 四 drawn without rules, its header at the foot of page 2 and its figures atop page 3."""
    first, second = report_pages(False)
    second = text(72, 300, 14, "四、政府信息公开行政复议、行政诉讼情况")
    table = review_table(False, rules=False).split(b"\n")
    # The header's lines (y 686 and below, to 646) moved down to the foot of the page, the figures (y 626) atop the next.
    header = b"\n".join(line for line in table if line and b" 626 Td" not in line) + b"\n"
    figures = b"\n".join(line for line in table if b" 626 Td" in line) + b"\n"
    second += header.replace(b" 686 Td", b" 256 Td").replace(b" 666 Td", b" 236 Td").replace(b" 657 Td", b" 227 Td") \
        .replace(b" 646 Td", b" 216 Td")
    third = figures.replace(b" 626 Td", b" 720 Td")
    third += text(72, 580, 14, "五、存在的主要问题及改进情况") + text(72, 560, 12, "政策解读质量仍需提升。")
    third += text(72, 520, 14, "六、其他需要报告的事项") + text(72, 500, 12, "本年未收取信息处理费。")
    return [first, second, third]


def furniture_pages():
    """Three pages with a running header, a 第 N 页 footer and a paragraph that runs from page 1 onto page 2."""
    header = "某某县人民政府信息公开专栏"
    pages = []
    for number in (1, 2, 3):
        content = text(200, 810, 9, header) + text(270, 30, 9, "第 %d 页 共 3 页" % number)
        if number == 1:
            content += text(200, 760, 18, "某某县人民政府") + text(120, 730, 18, "2023年政府信息公开工作年度报告")
            content += text(72, 690, 14, "一、总体情况")
            # Full lines of 28 characters after a first line of 24 indented by two: Chinese wraps mid-sentence.
            content += text(96, 660, 12, "本县坚持公开为常态、不公开为例外，全面推进政务公")
            for i in range(20):
                content += text(72, 640 - 20 * i, 12, "开工作，保障人民群众知情权、参与权、表达权和监督权，提高"[:28])
        elif number == 2:
            content += text(72, 780, 12, "促进法治政府建设。")
            content += text(72, 740, 14, "二、主动公开政府信息情况") + text(72, 710, 14, "三、收到和处理政府信息公开申请情况")
            content += text(72, 680, 14, "四、政府信息公开行政复议、行政诉讼情况")
        else:
            content += text(72, 780, 14, "五、存在的主要问题及改进情况") + text(72, 750, 14, "六、其他需要报告的事项")
        pages.append(content)
    return pages


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    scan = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
    (OUT / "pdf-scan.pdf").write_bytes(document([scan], fonts=False, image=True))
    (OUT / "pdf-garbled.pdf").write_bytes(document(report_pages(False), private_use=True))
    report = report_pages(False)
    (OUT / "pdf-scanned-page.pdf").write_bytes(document([report[0], scan], image=True))
    (OUT / "pdf-scan-appendix.pdf").write_bytes(document(report + [scan], image=True))
    (OUT / "pdf-review-ruled.pdf").write_bytes(document(review_pages(False)))
    (OUT / "pdf-review-missing-border.pdf").write_bytes(document(review_pages(True)))
    (OUT / "pdf-review-borderless.pdf").write_bytes(document(review_pages(False, rules=False)))
    # Without rules, the 14th figure (16 points wide) drawn across the gap between the 14th and 15th columns' words
    # (尚未审结 480-504, 总计 512-524), and the 7th drawn under the 6th column's word (224-248) beside the 6th figure.
    (OUT / "pdf-review-straddling.pdf").write_bytes(document(review_pages(False, rules=False, moved={13: 500})))
    (OUT / "pdf-review-doubled.pdf").write_bytes(document(review_pages(False, rules=False, moved={6: 244})))
    (OUT / "pdf-review-split.pdf").write_bytes(document(review_split_pages()))
    # Without rules, the 1st figure drawn left of the first column's word (64-88), under no header word.
    (OUT / "pdf-review-stray.pdf").write_bytes(document(review_pages(False, rules=False, moved={0: 40})))
    (OUT / "pdf-furniture.pdf").write_bytes(document(furniture_pages()))
    table_image = OUT / "pdf-table-image.pdf"
    table_image.write_bytes(document(report_pages(True), image=True))
    qpdf = ["qpdf", "--static-id", "--deterministic-id"]
    subprocess.run(qpdf[:2] + ["--encrypt", "secret", "owner", "256", "--", str(table_image), str(OUT / "pdf-encrypted.pdf")], check=True)
    subprocess.run(qpdf[:2] + ["--encrypt", "", "owner", "256", "--extract=n", "--",
                               str(table_image), str(OUT / "pdf-copy-protected.pdf")], check=True)


if __name__ == "__main__":
    sys.exit(main())
