import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads a Word (.docx) file into the same paragraphs and tables that Tika's text layout gives.
///
/// Cells come out as Tika lays them out, so a DOCX and its Tika text parse to the same figures: a
/// horizontally spanned cell (`gridSpan`) once, a vertically merged continuation (`vMerge`) as an
/// empty cell, a cell's paragraphs joined with "\n". Tracked changes read as accepted.
/// Locations (docs/inputs.md): `line` counts top-level paragraphs (empty ones included) and rows of
/// top-level tables in one sequence; `column` is the cell's index in its row (paragraphs: 1).
enum DocxReader {
    /// The most `word/document.xml` may hold decompressed; real reports are well under a megabyte.
    static let sizeLimit = 64 * 1_048_576

    /// The paragraphs and tables of the DOCX file `data`.
    static func items(from data: Data) throws(DocumentError) -> [TikaLayout.Item] {
        let xml = try documentXML(in: data)
        return try parse(xml: xml)
    }

    /// The decompressed bytes of `word/document.xml`, refusing archives that are damaged or too big.
    static func documentXML(in data: Data, limit: Int = sizeLimit) throws(DocumentError) -> Data {
        let entryPath = "word/document.xml"
        // ZIPFoundation traps on some damaged archives; those are refused before it sees them.
        guard archiveStaysInBounds(data, path: entryPath) else { throw .notZip }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notZip
        }
        guard let entry = archive[entryPath] else { throw .missingDocumentXML }
        if entry.uncompressedSize > UInt64(limit) { throw .tooLarge(limit: limit) }
        var xml = Data()
        var overLimit = false
        do {
            // The header's size can lie (a ZIP bomb), so the limit is enforced on the bytes that come out.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if xml.count + chunk.count > limit {
                    overLimit = true
                    throw DocumentError.tooLarge(limit: limit)
                }
                xml.append(chunk)
            }
        } catch {
            throw overLimit ? .tooLarge(limit: limit) : .notZip
        }
        return xml
    }

    /// Items from the XML of `word/document.xml`.
    static func parse(xml: Data) throws(DocumentError) -> [TikaLayout.Item] {
        let builder = Builder()
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let finished = parser.parse()
        // On Linux `parse()` can return true after reporting an error, so the delegate's record decides.
        if let position = builder.errorPosition {
            throw .malformedXML(Messages.xmlPosition(line: position.line, column: position.column))
        }
        if !finished {
            throw .malformedXML(Messages.xmlPosition(line: parser.lineNumber, column: parser.columnNumber))
        }
        return builder.finish()
    }
}
