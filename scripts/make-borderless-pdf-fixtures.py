#!/usr/bin/env python3
"""Makes the borderless PDF fixtures of PDFReaderTests from 010_shuyang_drc_2023.docx (real, non-zero figures).

- pdf-borderless-010.pdf   every table drawn without any rule (the TableGrid style's borders set to none);
- pdf-hrules-010.pdf       tables drawn with horizontal rules only (no vertical rule, so no ruled grid);
- pdf-borderless-2019.pdf  001_92deafc51ce9e0f4.docx (2019 layout) without rules, its figure cells filled with
                           figures that tell every cell apart: table 三 row r (1-based), column c: 10 * r + c;
                           table 四's fifteen: 10 + c (two digits, which its narrow cells fit);
- pdf-borderless-centred-010.pdf  pdf-borderless-010.pdf with every cell's content centred vertically: wrapped
                           labels stand around their figures, a group's label in the middle of its rows;
- pdf-borderless-wrapped-figures.pdf  pdf-borderless-2019.pdf with table 四's figures 101 … 115, which its narrow
                           cells wrap (10 over 1): table 四 must be left unread, never read as 10.

Standard library plus LibreOffice (`soffice --headless --convert-to pdf`). Run from the repository root.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

SOURCE = Path("Tests/Fixtures/formats/010_shuyang_drc_2023.docx")
SOURCE_2019 = Path("Tests/Fixtures/formats/001_92deafc51ce9e0f4.docx")
OUT = Path("Tests/Fixtures/formats")
SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"]


def borders(drawn):
    """A w:tblBorders element drawing only the sides in `drawn`."""
    parts = []
    for side in SIDES:
        if side in drawn:
            parts.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % side)
        else:
            parts.append('<w:%s w:val="nil"/>' % side)
    return "<w:tblBorders>" + "".join(parts) + "</w:tblBorders>"


def filled(cell, figure):
    """A table cell's XML with its paragraphs replaced by one holding `figure`."""
    match = re.match(r"(<w:tc>(?:<w:tcPr>.*?</w:tcPr>)?)(.*)(</w:tc>)$", cell, flags=re.S)
    return match.group(1) + "<w:p><w:r><w:t>%d</w:t></w:r></w:p>" % figure + match.group(3)


def centred(document):
    """document.xml with every table cell's content centred vertically."""
    return document.replace("<w:tcPr>", '<w:tcPr><w:vAlign w:val="center"/>')


def fill_figures(document, review_base=10):
    """document.xml with table 三's and 四's figure cells set to figures that tell every cell apart."""
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document, flags=re.S)
    for table in tables:
        rows = re.findall(r"<w:tr[ >].*?</w:tr>", table, flags=re.S)
        if "申请人情况" in table:
            data = rows[3:]
            width, figure = 7, lambda r, c: 10 * (r + 1) + c + 1
        elif "复议后起诉" in table:
            data = rows[-1:]
            width, figure = 15, lambda r, c: review_base + c + 1
        else:
            continue
        new_table = table
        for r, row in enumerate(data):
            cells = re.findall(r"<w:tc>.*?</w:tc>", row, flags=re.S)
            new_cells = cells[:-width] + [filled(cell, figure(r, c)) for c, cell in enumerate(cells[-width:])]
            new_row = row
            for old, new in zip(cells, new_cells):
                new_row = new_row.replace(old, new, 1)
            new_table = new_table.replace(row, new_row, 1)
        document = document.replace(table, new_table, 1)
    return document


def variant(drawn, name, source=SOURCE, fill=False, review_base=10, centre=False):
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / (name + ".docx")
        with zipfile.ZipFile(source) as src, zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if fill and item.filename == "word/document.xml":
                    data = fill_figures(data.decode("utf-8"), review_base).encode("utf-8")
                if centre and item.filename == "word/document.xml":
                    data = centred(data.decode("utf-8")).encode("utf-8")
                if item.filename == "word/styles.xml":
                    text = data.decode("utf-8")
                    text = re.sub(r"<w:tblBorders>.*?</w:tblBorders>", borders(drawn), text, flags=re.S)
                    data = text.encode("utf-8")
                dst.writestr(item, data)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copyfile(Path(tmp) / (name + ".pdf"), OUT / (name + ".pdf"))


def main():
    variant(set(), "pdf-borderless-010")
    variant({"top", "bottom", "insideH"}, "pdf-hrules-010")
    variant(set(), "pdf-borderless-2019", SOURCE_2019, fill=True)
    variant(set(), "pdf-borderless-centred-010", centre=True)
    variant(set(), "pdf-borderless-wrapped-figures", SOURCE_2019, fill=True, review_base=100)


if __name__ == "__main__":
    sys.exit(main())
