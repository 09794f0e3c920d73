#!/usr/bin/env python3
"""Makes the DOCX and HTML fixtures in Tests/Fixtures/formats/ from the seeds in Content/ and report 010.

Run from the repository root with python-docx installed in a virtual environment outside the
repository (never commit one):

    python3 -m venv /tmp/gx-fixtures && /tmp/gx-fixtures/bin/pip install python-docx==1.2.0
    /tmp/gx-fixtures/bin/python scripts/make-docx-fixtures.py \
        --template ../shared/samples/official-template-2021.docx

Each seed's Tika text is split into paragraphs and tables exactly as TikaLayout does; the
merged cells Tika flattened are rebuilt from the national template's known structure (tables
三 and 四, the header rows of section 二), so the DOCX has real gridSpan/vMerge and the HTML
real colspan/rowspan. The script reads every DOCX back and checks that its cells, with spans
emitted once and vertical continuations as empty cells, equal the seed's cells. Output is
deterministic: fixed ZIP timestamps and document properties.
"""
import argparse
import copy
import html
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

BOOKMARK = "[bookmark: _GoBack]"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = (2021, 1, 20, 0, 0, 0)

MINIMAL_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>gxsite fixtures</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-01-20T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2021-01-20T00:00:00Z</dcterms:modified></cp:coreProperties>"""


# ---------------------------------------------------------------- Tika layout (as TikaLayout.swift)

def is_blank(text):
    return text.strip(" \t\u3000\u00a0\ufeff\u200b") == ""


def tika_items(text):
    """Paragraphs and tables of Tika text: ('p', text) and ('table', rows of cell texts)."""
    text = text.lstrip("\ufeff")
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    items, rows, row = [], [], []
    in_table = previous_was_content = False

    def end_row():
        nonlocal row
        if row:
            rows.append(row)
            row = []

    def end_table():
        nonlocal rows, in_table
        end_row()
        if in_table and rows:
            items.append(("table", rows))
        rows, in_table = [], False

    for raw in lines:
        if raw.startswith("\t"):
            in_table = True
            row.append(raw[1:])
            previous_was_content = True
            continue
        if is_blank(raw.replace(BOOKMARK, "")):
            if in_table:
                end_row()
            previous_was_content = False
            continue
        if in_table and previous_was_content and row:
            row[-1] += "\n" + raw
            continue
        if in_table:
            end_table()
        items.append(("p", raw))
        previous_was_content = False
    end_table()
    return items


# ---------------------------------------------------------------- merged cells Tika flattened

def table_kind(rows):
    first = "".join(rows[0])
    if "申请人情况" in first:
        return "applications"
    if "行政复议" in first and "行政诉讼" in first:
        return "review"
    return "disclosure"


def row_spans(rows, kind):
    """Grid width and, per row, each cell's gridSpan."""
    if kind == "applications":
        width = 10
        header = {2: [3, 7], 4: [3, 1, 5, 1]}
        spans = []
        for index, row in enumerate(rows):
            n = len(row)
            if index < 2:
                spans.append(header[n])
            elif index == 2:
                spans.append([3] + [1] * 7)
            else:
                spans.append({8: [3] + [1] * 7, 9: [1, 2] + [1] * 7, 10: [1] * 10}[n])
        return width, spans
    if kind == "review":
        return 15, [{2: [5, 10], 7: [1, 1, 1, 1, 1, 5, 5], 15: [1] * 15}[len(row)] for row in rows]
    width = max(len(row) for row in rows)
    spans = []
    for index, row in enumerate(rows):
        n = len(row)
        below = rows[index + 1] if index + 1 < len(rows) else None
        if n == width:
            spans.append([1] * n)
        elif n == 1:
            spans.append([width])
        elif below and len(below) == width and below[0] == "" and below[-1] == "":
            # A two-level header (seed 004): the middle heading spans the sub-headings below it.
            spans.append([1] + [1] * (n - 3) + [width - n + 1] + [1] if n > 2 else [1, width - 1])
        else:
            spans.append([1] * (n - 1) + [width - n + 1])
    return width, spans


def placements(rows, kind):
    """Per row, dicts of text, grid column, span and whether the cell continues a vertical merge."""
    width, spans = row_spans(rows, kind)
    placed = []
    for index, (row, row_span) in enumerate(zip(rows, spans)):
        assert len(row) == len(row_span) and sum(row_span) == width, (kind, index, row, row_span)
        column, cells = 0, []
        for text, span in zip(row, row_span):
            cells.append({"text": text, "col": column, "span": span, "cont": False})
            column += span
        placed.append(cells)
    for index in range(1, len(placed)):
        above = {(c["col"], c["span"]): c for c in placed[index - 1]}
        row = placed[index]
        for cell in row:
            if cell["text"] != "" or (cell["col"], cell["span"]) not in above:
                continue
            if kind == "applications":
                mergeable = index < 3 or cell["col"] < 3
            elif kind == "review":
                mergeable = index < 3
            else:
                mergeable = (rows[index - 1][0] == "信息内容" and row[0]["text"] == "" and row[-1]["text"] == ""
                             and cell in (row[0], row[-1]))
            cell["cont"] = mergeable
    return width, placed


def rectangles(placed):
    """Each non-continuation cell with the rows its vertical merge covers: (r0, r1, c0, c1, text)."""
    result = []
    for r, row in enumerate(placed):
        for cell in row:
            if cell["cont"]:
                continue
            r1 = r
            while r1 + 1 < len(placed) and any(c["cont"] and c["col"] == cell["col"] and c["span"] == cell["span"]
                                               for c in placed[r1 + 1]):
                r1 += 1
            result.append((r, r1, cell["col"], cell["col"] + cell["span"] - 1, cell["text"]))
    return result


# ---------------------------------------------------------------- DOCX

def add_text(paragraph, text):
    """Runs for `text`, with Tika's bookmark marker turned back into a real bookmark."""
    for index, part in enumerate(text.split(BOOKMARK)):
        if index > 0:
            paragraph._p.append(parse_xml(f'<w:bookmarkStart xmlns:w="{W_NS}" w:id="0" w:name="_GoBack"/>'))
            paragraph._p.append(parse_xml(f'<w:bookmarkEnd xmlns:w="{W_NS}" w:id="0"/>'))
        if part:
            paragraph.add_run(part)


def fill_cell(cell, text):
    lines = text.split("\n")
    add_text(cell.paragraphs[0], lines[0])
    for line in lines[1:]:
        add_text(cell.add_paragraph(), line)


def add_table(document, rows):
    kind = table_kind(rows)
    width, placed = placements(rows, kind)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r0, r1, c0, c1, text in rectangles(placed):
        cell = table.cell(r0, c0)
        if (r0, c0) != (r1, c1):
            cell = cell.merge(table.cell(r1, c1))
        if text:
            fill_cell(cell, text)
    return table


def build_docx(items):
    document = docx.Document()
    for kind, value in items:
        if kind == "p":
            add_text(document.add_paragraph(), value)
        else:
            add_table(document, value)
    return document


def cell_texts_of(tc):
    paragraphs = []
    for p in tc.findall(qn("w:p")):
        paragraphs.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(paragraphs)


def tika_rows_of(tbl):
    """Cells as Tika lays them out: a spanned cell once, a vertical continuation empty."""
    rows = []
    for tr in tbl.findall(qn("w:tr")):
        row = []
        for tc in tr.findall(qn("w:tc")):
            vmerge = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
            continuation = vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue")
            row.append("" if continuation else cell_texts_of(tc))
        rows.append(row)
    return rows


def check_docx(document, items, name):
    tables = [value for kind, value in items if kind == "table"]
    built = [tika_rows_of(tbl) for tbl in document.element.body.findall(qn("w:tbl"))]
    expected = [[[cell.replace(BOOKMARK, "") for cell in row] for row in table] for table in tables]
    if built != expected:
        sys.exit(f"{name}: the DOCX tables do not reproduce the seed's cells")


def repack(data, title, minimal=True):
    """A deterministic, small package: fixed times and properties; python-docx's 900 KB of styles dropped."""
    source = zipfile.ZipFile(io.BytesIO(data))
    dropped = {"docProps/thumbnail.jpeg", "word/stylesWithEffects.xml", "word/numbering.xml", "word/webSettings.xml",
               "word/theme/theme1.xml", "customXml/item1.xml", "customXml/itemProps1.xml",
               "customXml/_rels/item1.xml.rels"} if minimal else set()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = sorted(source.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            if name in dropped:
                continue
            content = source.read(name)
            if name == "docProps/core.xml":
                content = CORE.format(title=html.escape(title)).encode()
            elif minimal and name == "word/styles.xml":
                content = MINIMAL_STYLES.encode()
            elif minimal and name in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
                text = content.decode()
                for part in dropped:
                    short = part.split("/", 1)[1] if part.startswith("word/") else part
                    text = re.sub(r'<Override PartName="/' + re.escape(part) + r'"[^>]*/>', "", text)
                    text = re.sub(r'<Relationship [^>]*Target="(/|\.\./)?' + re.escape(short) + r'"[^>]*/>', "", text)
                content = text.encode()
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, content)
    return out.getvalue()


def save(document, path, title, minimal=True):
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(repack(buffer.getvalue(), title, minimal))


def add_tracked_changes(document):
    """Edits the XML as a reviewer in Word would: python-docx cannot write tracked changes itself."""
    applications = document.element.body.findall(qn("w:tbl"))[1]
    for tr in applications.findall(qn("w:tr")):
        tcs = tr.findall(qn("w:tc"))
        if cell_texts_of(tcs[0]).startswith("一、本年新收"):
            for tc in (tcs[1], tcs[7]):  # 自然人 and 总计: 0 deleted, 3 inserted
                p = tc.find(qn("w:p"))
                for r in p.findall(qn("w:r")):
                    p.remove(r)
                p.append(parse_xml(f'<w:del xmlns:w="{W_NS}" w:id="901" w:author="审核人" w:date="2022-01-10T09:00:00Z">'
                                   '<w:r><w:delText>0</w:delText></w:r></w:del>'))
                p.append(parse_xml(f'<w:ins xmlns:w="{W_NS}" w:id="902" w:author="审核人" w:date="2022-01-10T09:00:00Z">'
                                   '<w:r><w:t>3</w:t></w:r></w:ins>'))
            break
    paragraphs = document.element.body.findall(qn("w:p"))
    problems = next(i for i, p in enumerate(paragraphs) if "".join(t.text or "" for t in p.iter(qn("w:t"))).startswith("五、"))
    # Text added in review is kept; a paragraph deleted in review disappears; a field's code is not text.
    paragraphs[problems + 1].append(parse_xml(f'<w:ins xmlns:w="{W_NS}" w:id="903" w:author="审核人" w:date="2022-01-10T09:00:00Z">'
                                              '<w:r><w:t>（已整改）</w:t></w:r></w:ins>'))
    deleted = parse_xml(f'<w:p xmlns:w="{W_NS}"><w:del w:id="904" w:author="审核人" w:date="2022-01-10T09:00:00Z">'
                        '<w:r><w:delText>本段已删除</w:delText></w:r></w:del></w:p>')
    paragraphs[problems + 1].addnext(deleted)
    paragraphs[-1].append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"/></w:r>'))
    paragraphs[-1].append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> DOCPROPERTY 域代码不是正文 </w:instrText></w:r>'))
    paragraphs[-1].append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraphs[-1].append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>'))


def build_from_template(template_path, items):
    """The national 2021 template with the seed's paragraphs and the seed's figures in its number cells."""
    document = docx.Document(str(template_path))
    body = document.element.body
    template_tables = body.findall(qn("w:tbl"))
    seed_tables = [value for kind, value in items if kind == "table"]
    if len(template_tables) != len(seed_tables):
        sys.exit("template and seed 003 have different numbers of tables")
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    sect = body.find(qn("w:sectPr"))
    table_index = 0
    for kind, value in items:
        if kind == "p":
            paragraph = document.add_paragraph()
            add_text(paragraph, value)
            continue
        tbl = copy.deepcopy(template_tables[table_index])
        seed = seed_tables[table_index]
        table_index += 1
        template_rows = tika_rows_of(tbl)
        if [len(r) for r in template_rows] != [len(r) for r in seed]:
            sys.exit(f"template table {table_index} does not have seed 003's cells")
        for tr, template_row, seed_row in zip(tbl.findall(qn("w:tr")), template_rows, seed):
            for tc, template_text, seed_text in zip(tr.findall(qn("w:tc")), template_row, seed_row):
                if template_text.strip(" \u3000\u00a0") == "" and not is_blank(seed_text):
                    for p in tc.findall(qn("w:p"))[1:]:
                        tc.remove(p)
                    p = tc.find(qn("w:p"))
                    for r in p.findall(qn("w:r")):
                        p.remove(r)
                    run = parse_xml(f'<w:r xmlns:w="{W_NS}"><w:t xml:space="preserve">{html.escape(seed_text)}</w:t></w:r>')
                    p.append(run)
        sect.addprevious(tbl)
    return document


# ---------------------------------------------------------------- HTML

def esc(text):
    out = html.escape(text, quote=False)
    return out.replace("\u00a0", "&nbsp;").replace("\u3000", "&#12288;")


def html_table(rows, upper=False, paragraphs_in_cells=False):
    kind = table_kind(rows)
    _, placed = placements(rows, kind)
    starts = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1, text) for r0, r1, c0, c1, text in rectangles(placed)}
    tag = (lambda t: t.upper()) if upper else (lambda t: t)
    lines = [f'<{tag("table")} border="1" cellspacing="0" cellpadding="4" class="report-table">', f"<{tag('tbody')}>"]
    for r, row in enumerate(placed):
        cells = []
        for cell in row:
            if cell["cont"]:
                continue
            rowspan, colspan, text = starts[(r, cell["col"])]
            attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
            parts = [esc(line.replace(BOOKMARK, "")) for line in text.split("\n")]
            content = "".join(f"<p>{p}</p>" for p in parts) if paragraphs_in_cells and len(parts) > 1 else "<br>".join(parts)
            cells.append(f"<{tag('td')}{attrs}>{content}</{tag('td')}>")
        lines.append(f"<{tag('tr')}>" + "".join(cells) + f"</{tag('tr')}>")
    lines.append(f"</{tag('tbody')}></{tag('table')}>")
    return "\n".join(lines)


def split_title(items):
    """The title lines (up to the one ending in 报告) and the rest."""
    title = []
    for index, (kind, value) in enumerate(items):
        if kind != "p":
            break
        title.append(value)
        if value.strip().endswith("报告"):
            return title, items[index + 1:]
    return title[:1], items[1:]


def word_paragraph(text, indent=True):
    """A paragraph as Word's "save as web page" writes it: text in short spans, an empty <o:p> at the end."""
    style = ' style="text-indent:2em"' if indent else ""
    spans = "".join(f"<span>{esc(text[i:i + 8])}</span>" for i in range(0, len(text), 8))
    blank = "<span><o:p>&nbsp;</o:p></span>" if is_blank(text) else "<span><o:p></o:p></span>"
    return f"<p{style}>{spans}{blank}</p>"


def word_table(rows):
    _, placed = placements(rows, table_kind(rows))
    starts = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1, text) for r0, r1, c0, c1, text in rectangles(placed)}
    lines = ['<div style="text-indent: 2em;" align="">',
             '<table style="BORDER-COLLAPSE:collapse" cellspacing="0" cellpadding="2" bordercolor="#000000" border="1">',
             "  <tbody>"]
    for r, row in enumerate(placed):
        lines.append("    <tr>")
        for cell in row:
            if cell["cont"]:
                continue
            rowspan, colspan, text = starts[(r, cell["col"])]
            attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
            content = "".join(word_paragraph(line, indent=False) for line in text.split("\n"))
            lines.append(f'      <td{attrs} valign="center">{content}</td>')
        lines.append("    </tr>")
    lines.append("  </tbody>\n</table>\n</div>")
    return "\n".join(lines)


def body_html(items, style):
    out = []
    if style == "wordexport":
        for kind, value in items:
            out.append(word_table(value) if kind == "table" else word_paragraph(value.replace(BOOKMARK, "")))
        return "\n".join(out)
    for kind, value in items:
        if kind == "table":
            out.append(html_table(value, upper=style == "caps", paragraphs_in_cells=style in ("html5", "oldsite")))
        else:
            text = esc(value.replace(BOOKMARK, ""))
            heading = re.match(r"^(?:[一二三四五六七八九十]+、|\d、)", value.replace(BOOKMARK, "").strip())
            if heading and style == "html5":
                out.append(f"<h2>{text}</h2>")
            elif style == "caps":
                out.append(f"<P>{text}</P>")
            else:
                out.append(f'<p style="text-indent:2em">{text}</p>')
    return "\n".join(out)


NAV = """<ul class="nav-menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/sitemap.html">网站地图</a></li></ul>"""
CRUMB = """当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a>"""
FOOTER = """<p>主办单位：{org}人民政府办公室&nbsp;&nbsp;承办单位：{org}大数据发展管理中心</p><p>浙ICP备05012345号&nbsp;&nbsp;浙公网安备 33021102000123号&nbsp;&nbsp;网站标识码：3302110001</p>"""
SIDEBAR = """<h3>相关链接</h3><ul><li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开制度</a></li><li><a href="#">依申请公开</a></li></ul>"""


META_LINES = ("索引号", "发布机构", "公开日期")


def build_html(items, style, agency, region, date):
    title_lines, rest = split_title(items)
    if style == "wordexport":
        # The real page shows 索引号/发布机构/公开日期 in a metadata table above the title, not as paragraphs.
        rest = [item for item in rest if not (item[0] == "p" and item[1].startswith(META_LINES))]
    titles = [t.replace(BOOKMARK, "") for t in title_lines]
    head_title = esc("".join(titles))
    h1 = "<br>".join(esc(t) for t in titles)
    body = body_html(rest, style)
    org = region or agency
    footer = FOOTER.format(org=org)
    if style == "html5":  # seed 000: HTML5 chrome elements
        page = f"""<nav class="topnav">{NAV}</nav>
<div class="breadcrumb">{CRUMB}</div>
<main><div class="article">
<h1 class="article-title">{h1}</h1>
<div class="info">发布日期：{date}&#12288;&#12288;来源：{esc(agency)}&#12288;&#12288;浏览次数：<span id="count">128</span></div>
<div class="article-content">
{body}
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
</div></main>
<aside class="sidebar">{SIDEBAR}</aside>
<footer>{footer}</footer>"""
    elif style == "oldsite":  # seed 001: table layout, metadata table holding the date
        page = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="top-banner">{esc(org)}人民政府门户网站</td></tr>
<tr><td class="nav">{NAV}</td></tr></table>
<table width="1000" align="center"><tr>
<td width="200" valign="top" class="left-menu">{SIDEBAR}</td>
<td width="800" valign="top">
<div class="crumb">{CRUMB}</div>
<table class="xxgk-meta" width="100%" border="1"><tr><td>索引号：</td><td>002890475/2021-00012</td><td>发布日期：</td><td>{date}</td></tr>
<tr><td>发布机构：</td><td>{esc(agency)}</td><td>公开方式：</td><td>主动公开</td></tr></table>
<div class="zoom">
<p align="center"><strong><font size="5">{h1}</font></strong></p>
{body}
</div></td></tr></table>
<table width="1000" align="center"><tr><td class="footer">{footer}</td></tr></table>"""
    elif style == "caps":  # seed 002: upper-case tags, comments, date line before the title
        page = f"""<DIV CLASS="Header"><DIV CLASS="logo">{esc(org)}人民政府</DIV>{NAV}</DIV>
<!-- 正文开始 <p>不是正文</p> -->
<DIV CLASS="position">{CRUMB}</DIV>
<DIV CLASS="content">
<DIV CLASS="meta">发布时间：{date} 来源：{esc(agency)}</DIV>
<H2 CLASS="title">{h1}</H2>
{body}
</DIV>
<!-- 正文结束 -->
<DIV ID="footer">{footer}</DIV>"""
    elif style == "scripts":  # seed 003: header/aside elements, inline script and style
        page = f"""<header><div class="logo">{esc(org)}</div><nav>{NAV}</nav></header>
<div class="bread-crumb">{CRUMB}</div>
<div class="wrap"><div class="detail">
<script>document.write("<p>脚本内容不是正文</p>"); if (a < b && c > d) {{}}</script>
<style>.detail p {{ line-height: 2; }}</style>
<h1>{h1}</h1>
<p class="date">发布日期：{date}</p>
<div class="detail-body">
{body}
</div></div>
<aside>{SIDEBAR}</aside></div>
<footer class="site-footer">{footer}</footer>"""
    elif style == "wordexport":  # 010: modelled on the saved shuyang.gov.cn page the Tika text came from
        page = f"""<div class="meta">
  <div><strong>标题：</strong>{head_title}-沭阳县发改局</div>
  <div><strong>来源：</strong><a href="http://www.shuyang.gov.cn/sygfj/gknb/202401/x.shtml">http://www.shuyang.gov.cn/sygfj/gknb/202401/x.shtml</a></div>
</div>
<article>
<div class="head"><title>沭阳县人民政府</title>
<!--header Start-->
<div class="header-t"><div class="container"><div class="fl"><span id="utime">2025年12月30日\t星期二</span></div>
<div class="header-menu fr"><ul class="fl"><li><h4><a href="javascript:void(0);">繁體版</a></h4></li><li class="wza"><h4><a href="javascript:;">无障碍</a></h4></li></ul></div></div></div>
<div class="header-ban"><div class="container"><div class="header-search"><form action="/search4/s" method="post"><input name="searchWord" type="text" placeholder="请输入关键词"><input type="submit" name="button" value=""></form></div></div>
<div class="mainNav"><div class="container"><ul class="clearfix"><li class="nav0"><a href="/shuyang/index.shtml">首页</a></li><li class="nav1"><a href="#">走进沭阳</a></li><li class="nav2"><a href="#">办事服务</a></li><li class="nav3"><a href="#">政民互动</a></li></ul></div></div></div>
<script>function time(){{ var vWeek = ["星期天","星期一"]; }}</script>
<!--header End-->
</div>
<div class="xxgkMain" style="padding-bottom: 40px"><div class="container">
<h2 class="siteTit">沭阳县发改局</h2><div class="xxgkHead"><h3 class="pageTit">政府信息公开</h3></div>
<div class="xxgkCon clearfix"><div class="xxgkArticle">
<div class="article-tb"><table class="table_content"><tbody>
<tr><td class="c1" align="center">名称</td><td class="c4" colspan="3" align="left">{head_title}</td></tr>
<tr><td class="c1" align="center">索引号</td><td class="c2" align="left">014314799/2024-00002</td><td class="c1" align="center">分类</td><td class="c3" align="left">信息公开年报&nbsp;&nbsp;其他</td></tr>
<tr><td class="c1" align="center">发布机构</td><td class="c2" align="left">{esc(agency)}</td><td class="c1" align="center">公开日期</td><td class="c3" align="left"><publishtime>{date}</publishtime></td></tr>
<tr><td class="c1" align="center">文号</td><td class="c2" align="left"></td><td class="c1" align="center">关键词</td><td class="c3" align="left"></td></tr>
</tbody></table></div>
<div class="xxgkcont clearfix"><div class="xxfkl l">
<h1 class="article-title"><ucaptitle>{head_title}</ucaptitle></h1>
<div class="article-content " id="zoomcon"><ucapcontent>
{body}
</ucapcontent></div></div></div>
</div></div></div></div>
</article>
<div class="footer">{footer}</div>"""
    else:  # seed 004: the title inside a *-header block, which looks like chrome
        page = f"""<div class="top-nav">{NAV}</div>
<div class="breadcrumb">{CRUMB}</div>
<div class="article">
<div class="article-header"><h1>{h1}</h1><div class="article-share">分享到：微信 微博</div></div>
<div class="article-info">发布日期：{date}</div>
<div class="article-body">
{body}
</div></div>
<div class="footer">{footer}</div>"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{head_title}_{esc(org)}人民政府</title>
<link rel="stylesheet" href="/css/style.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
{page}
</body>
</html>
"""


def write_broken_packages(whole, output):
    """A ZIP that is no Word document, and a Word document whose XML is cut off mid-element."""
    source = zipfile.ZipFile(io.BytesIO(whole))
    for name, keep, cut in (("no-document-xml.docx", lambda n: n != "word/document.xml", False),
                            ("malformed-xml.docx", lambda n: True, True)):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for entry in source.namelist():
                if not keep(entry):
                    continue
                content = source.read(entry)
                if cut and entry == "word/document.xml":
                    content = content[: len(content) // 2]
                info = zipfile.ZipInfo(entry, date_time=FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                target.writestr(info, content)
        (output / name).write_bytes(out.getvalue())


# ---------------------------------------------------------------- main

# Stem, page style, agency, region, publication date; the seeds are all zeros, 010 has real figures.
SEEDS = [
    ("000_de03c57df4063b09", "html5", "余姚市经济和信息化局", "余姚市", "2021-01-20"),
    ("001_92deafc51ce9e0f4", "oldsite", "宁海县商务局", "宁海县", "2021-01-20"),
    ("002_af7ba795f29cd9b9", "caps", "二七区工业和信息化局", "二七区", "2021-01-20"),
    ("003_096eb810ffb81dcc", "scripts", "宁波市镇海区经济和信息化局", "宁波市镇海区", "2022-01-20"),
    ("004_6001728057d43c53", "header", "椒江区人民政府行政服务中心", "椒江区", "2021-01-20"),
    ("010_shuyang_drc_2023", "wordexport", "沭阳县发展和改革局", "沭阳县", "2024-01-17"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", default="Content")
    parser.add_argument("--reports", default="Tests/Fixtures/reports")
    parser.add_argument("--template", default="../shared/samples/official-template-2021.docx")
    parser.add_argument("--output", default="Tests/Fixtures/formats")
    args = parser.parse_args()
    content, output = Path(args.content), Path(args.output)
    output.mkdir(parents=True, exist_ok=True)

    for stem, style, agency, region, date in SEEDS:
        source = content / f"{stem}.txt"
        if not source.exists():
            source = Path(args.reports) / f"{stem}.txt"
        text = source.read_text(encoding="utf-8")
        items = tika_items(text)
        title = "".join(split_title(items)[0]).replace(BOOKMARK, "")
        document = build_docx(items)
        check_docx(document, items, stem)
        save(document, output / f"{stem}.docx", title)
        (output / f"{stem}.html").write_text(build_html(items, style, agency, region, date), encoding="utf-8")
        if stem.startswith("003"):
            tracked = build_docx(items)
            add_tracked_changes(tracked)
            save(tracked, output / "tracked-changes.docx", title)
            from_template = build_from_template(Path(args.template), items)
            save(from_template, output / "template-2021-003.docx", title, minimal=False)
        if stem.startswith("000"):
            whole = (output / f"{stem}.docx").read_bytes()
            (output / "truncated.docx").write_bytes(whole[: len(whole) // 2])
            (output / "plain-text.docx").write_bytes(text.encode("utf-8")[:2048])
            write_broken_packages(whole, output)
    print(f"fixtures written to {output}")


if __name__ == "__main__":
    main()
