import Foundation
import ZIPFoundation

/// Makes a DOCX fit to publish: removes author and editing metadata, comments and tracked changes.
///
/// - `docProps/core.xml` keeps its title, subject and language only (no creator, lastModifiedBy,
///   revision, dates …); `docProps/app.xml` loses Company, Manager, Template, TotalTime, Application …;
///   `docProps/custom.xml` is removed.
/// - Comments (`word/comments*.xml`, `word/people.xml`) are removed with their ranges and references in
///   the text parts, and their relationships and content types.
/// - Tracked changes are accepted: `w:ins` / `w:moveTo` content is kept, `w:del` / `w:moveFrom` content
///   dropped, a deleted table row removed, property-change records (`w:rPrChange` …) dropped, and the
///   `w:rsid…` attributes and `w:rsids` / `w:trackRevisions` / `w:attachedTemplate` settings removed.
/// Everything else is copied byte for byte. The archive is written deterministically: `[Content_Types].xml`
/// first, then every part in path order, all dated 1980-01-01 00:00.
public enum DocxCleaner {
    /// The most one part may hold decompressed.
    static let partLimit = DocxReader.sizeLimit
    /// The most all parts may hold together.
    static let totalLimit = 4 * DocxReader.sizeLimit
    /// The fixed date of every entry (the earliest a ZIP can say).
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// Parts removed whole.
    static func isRemoved(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower == "docprops/custom.xml" || lower == "word/people.xml" { return true }
        return lower.hasPrefix("word/comments") && lower.hasSuffix(".xml")
            || lower.hasPrefix("word/_rels/comments") && lower.hasSuffix(".rels")
    }

    /// The cleaned archive of the DOCX `data`.
    public static func clean(_ data: Data) throws(DocumentError) -> Data {
        // ZIPFoundation traps on some damaged archives: the whole listing and each extraction are checked first.
        guard DocxReader.archiveStaysInBounds(data, path: "\u{0}") else { throw .notZip }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notZip
        }
        var parts: [String: Data] = [:]
        var total = 0
        for entry in archive where entry.type == .file {
            guard DocxReader.archiveStaysInBounds(data, path: entry.path) else { throw .notZip }
            guard !isRemoved(entry.path) else { continue }
            if entry.uncompressedSize > UInt64(partLimit) { throw .tooLarge(limit: partLimit) }
            var bytes = Data()
            var overLimit = false
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    if bytes.count + chunk.count > partLimit || total + chunk.count > totalLimit {
                        overLimit = true
                        throw DocumentError.tooLarge(limit: partLimit)
                    }
                    bytes.append(chunk)
                    total += chunk.count
                }
            } catch {
                throw overLimit ? .tooLarge(limit: partLimit) : .notZip
            }
            parts[entry.path] = bytes
        }
        guard parts["word/document.xml"] != nil else { throw .missingDocumentXML }
        let removed = Set(archive.filter { $0.type == .file && isRemoved($0.path) }.map(\.path))
        for (path, bytes) in parts {
            guard let cleaned = XMLCleaning.clean(part: path, Array(bytes), removedParts: removed) else {
                throw .malformedXML(path)
            }
            parts[path] = Data(cleaned)
        }
        return try write(parts)
    }

    /// A new archive of `parts`: content types first, then path order, fixed dates, deflated.
    static func write(_ parts: [String: Data]) throws(DocumentError) -> Data {
        let order = parts.keys.sorted { a, b in
            if (a == "[Content_Types].xml") != (b == "[Content_Types].xml") { return a == "[Content_Types].xml" }
            return a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for path in order {
                let bytes = parts[path]!
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let out = archive.data else { throw DocumentError.notZip }
            return out
        } catch {
            throw .notZip
        }
    }
}
