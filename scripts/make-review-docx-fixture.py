#!/usr/bin/env python3
"""Makes Tests/Fixtures/formats/review-traces.docx from tracked-changes.docx (standard library only).

Adds what a reviewed Word file carries and DocxCleaner must remove: author and editing metadata in
docProps/core.xml and app.xml, a docProps/custom.xml, a comment (word/comments.xml with its range and
reference in the text, its relationship and content type), rsid attributes and a settings rsids list,
trackRevisions, an attachedTemplate pointing at a local path, a moved paragraph (w:moveFrom/w:moveTo),
a formatting change record (w:rPrChange) and a deleted table row. Deterministic: fixed dates.
Run from the repository root: python3 scripts/make-review-docx-fixture.py
"""
import zipfile

SRC = "Tests/Fixtures/formats/tracked-changes.docx"
DST = "Tests/Fixtures/formats/review-traces.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

src = zipfile.ZipFile(SRC)
parts = {i.filename: src.read(i.filename) for i in src.infolist()}

parts["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>宁波市镇海区经济和信息化局2021年度政府信息公开工作年度报告</dc:title>'
    '<dc:creator>张三</dc:creator><cp:lastModifiedBy>李四（审核）</cp:lastModifiedBy><cp:revision>7</cp:revision>'
    '<cp:lastPrinted>2022-01-09T08:00:00Z</cp:lastPrinted><cp:keywords>内部 初稿</cp:keywords>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2022-01-05T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2022-01-10T09:00:00Z</dcterms:modified></cp:coreProperties>').encode()

app = parts["docProps/app.xml"].decode()
app = app.replace("<Company/>", "<Company>某某区经信局办公室</Company>").replace("<Manager/>", "<Manager>王五</Manager>")
app = app.replace("<Template>Normal.dotm</Template>", "<Template>C:\\Users\\zhangsan\\模板\\年报.dotm</Template>")
app = app.replace("<TotalTime>0</TotalTime>", "<TotalTime>127</TotalTime>")
parts["docProps/app.xml"] = app.encode()

parts["docProps/custom.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>李四</vt:lpwstr></property>'
    '</Properties>').encode()

parts["word/comments.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:comments {W}><w:comment w:id="0" w:author="李四" w:date="2022-01-10T09:00:00Z" w:initials="LS">'
    '<w:p><w:r><w:t>此处数字请再核对，批注内容不应公开</w:t></w:r></w:p></w:comment></w:comments>').encode()

rels = parts["_rels/.rels"].decode()
rels = rels.replace("</Relationships>", '<Relationship Id="rId9" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
    'Target="docProps/custom.xml"/></Relationships>')
parts["_rels/.rels"] = rels.encode()

drels = parts["word/_rels/document.xml.rels"].decode()
drels = drels.replace("</Relationships>", '<Relationship Id="rId90" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
parts["word/_rels/document.xml.rels"] = drels.encode()

parts["word/_rels/settings.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
    'Target="file:///C:\\Users\\zhangsan\\模板\\年报.dotm" TargetMode="External"/></Relationships>').encode()

ct = parts["[Content_Types].xml"].decode()
ct = ct.replace("</Types>", '<Override PartName="/docProps/custom.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    '<Override PartName="/word/comments.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
parts["[Content_Types].xml"] = ct.encode()

settings = parts["word/settings.xml"].decode()
settings = settings.replace('<w:zoom w:val="bestFit"/>', '<w:zoom w:val="bestFit"/><w:attachedTemplate r:id="rId1"/><w:trackRevisions/>')
parts["word/settings.xml"] = settings.encode()

doc = parts["word/document.xml"].decode()
# A comment around the inserted text, with its reference run.
old = '<w:p><w:r><w:t>（一）存在问题</w:t></w:r>'
assert old in doc
doc = doc.replace(old, '<w:p w:rsidR="00B47730" w:rsidRDefault="00CB0664"><w:commentRangeStart w:id="0"/>'
    '<w:r w:rsidRPr="00FC693F"><w:rPr><w:b/><w:rPrChange w:id="905" w:author="李四" w:date="2022-01-10T09:00:00Z"><w:rPr/></w:rPrChange></w:rPr>'
    '<w:t>（一）存在问题</w:t></w:r>', 1)
old = '<w:r><w:t>（已整改）</w:t></w:r></w:ins></w:p>'
assert old in doc
doc = doc.replace(old, '<w:r><w:t>（已整改）</w:t></w:r></w:ins><w:commentRangeEnd w:id="0"/>'
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>'
    # A paragraph moved: the old place is dropped, the new one kept.
    '<w:p><w:moveFromRangeStart w:id="906" w:author="李四" w:date="2022-01-10T09:00:00Z" w:name="move1"/>'
    '<w:moveFrom w:id="907" w:author="李四" w:date="2022-01-10T09:00:00Z"><w:r><w:t>移走的旧位置</w:t></w:r></w:moveFrom>'
    '<w:moveFromRangeEnd w:id="906"/></w:p>'
    '<w:p><w:moveToRangeStart w:id="908" w:author="李四" w:date="2022-01-10T09:00:00Z" w:name="move1"/>'
    '<w:moveTo w:id="909" w:author="李四" w:date="2022-01-10T09:00:00Z"><w:r><w:t>移入的新位置</w:t></w:r></w:moveTo>'
    '<w:moveToRangeEnd w:id="908"/></w:p>', 1)
# A table row deleted as a whole (in the last table).
last_tbl_end = doc.rfind('</w:tbl>')
doc = doc[:last_tbl_end] + ('<w:tr><w:trPr><w:del w:id="910" w:author="李四" w:date="2022-01-10T09:00:00Z"/></w:trPr>'
    '<w:tc><w:p><w:del w:id="911" w:author="李四" w:date="2022-01-10T09:00:00Z"><w:r><w:delText>删除的整行</w:delText></w:r></w:del></w:p></w:tc></w:tr>') + doc[last_tbl_end:]
parts["word/document.xml"] = doc.encode()

order = ["[Content_Types].xml"] + sorted(k for k in parts if k != "[Content_Types].xml")
with zipfile.ZipFile(DST, "w", zipfile.ZIP_DEFLATED) as out:
    for name in order:
        info = zipfile.ZipInfo(name, date_time=(2022, 1, 10, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(info, parts[name])
print("wrote", DST)
