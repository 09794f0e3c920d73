#!/usr/bin/env python3
"""Makes the borderless PDF fixtures of PDFReaderTests from 010_shuyang_drc_2023.docx (real, non-zero figures).

- pdf-borderless-010.pdf   every table drawn without any rule (the TableGrid style's borders set to none);
- pdf-hrules-010.pdf       tables drawn with horizontal rules only (no vertical rule, so no ruled grid).

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


def variant(drawn, name):
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / (name + ".docx")
        with zipfile.ZipFile(SOURCE) as src, zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
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


if __name__ == "__main__":
    sys.exit(main())
