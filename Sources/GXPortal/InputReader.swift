import Foundation
import GXBuild
import GXReport

/// Reads one input file whatever its format (text in any supported encoding, DOCX, HTML, legacy formats through
/// LibreOffice) into a report.
enum InputReader {
    /// Larger inputs are refused: a real report is well under a megabyte.
    static let sizeLimit = 20 * 1_048_576

    /// The format an input is read as, from its extension.
    static func format(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return switch ext {
        case "docx": "docx"
        case "html", "htm": "html"
        case _ where LegacyConverter.formats.contains(ext): ext
        case "pdf": "pdf"
        default: "text"
        }
    }

    /// Reads, decodes and parses `input`; the sidecar's facts are applied before validation.
    static func read(_ input: InputFile) -> ParseOutcome {
        parse(input) { _ in }
    }

    /// Reads `input` as `read` does and, with `hashing`, gives the SHA-256 of its bytes as `BuildCache.digests` would,
    /// so a first build reads each input once, not once to hash it and again to parse it.
    /// A legacy input is taken from `legacy` when converted there, converted on its own otherwise.
    static func read(_ input: InputFile, hashing: Bool, legacy: LegacyBatch? = nil) -> (outcome: ParseOutcome, sha256: String?) {
        var sha256: String?
        let outcome = parse(input, legacy: legacy) { bytes in if hashing { sha256 = SHA256.hex(bytes) } }
        // An input too large to parse is still hashed, as the listing's digests hash every input.
        if hashing, sha256 == nil { sha256 = BuildCache.digest(ofFile: input.url) }
        return (outcome, sha256)
    }

    /// The body of `read`: `seen` is given the input's bytes once they are read.
    private static func parse(_ input: InputFile, legacy: LegacyBatch? = nil, seen: (Data) -> Void) -> ParseOutcome {
        func skip(_ rule: String, _ message: String) -> ParseOutcome {
            ParseOutcome(report: nil, findings: [Finding(rule: rule, severity: .error, file: input.path,
                                                         location: SourceLocation(line: 1, column: 1), message: message)])
        }
        // The listing's stamp when there is one (an input read again for its page has none).
        let size = (input.stamp ?? FileStamp.following(input.url.path))?.size ?? 0
        if size > sizeLimit { return skip("unreadable-input", Messages.inputTooLarge(bytes: size, limit: sizeLimit)) }
        let data: Data
        do {
            data = try Data(contentsOf: input.url)
        } catch {
            return skip("unreadable-input", Messages.unreadableFile(OutputWriter.reason(error)))
        }
        seen(data)
        if data.isEmpty { return skip("unreadable-input", Messages.emptyInput) }
        let format = format(of: input.path)
        let parser = ReportParser(source: input.path, format: format)
        var outcome: ParseOutcome
        switch format {
        case "docx":
            outcome = parser.parse(docx: data)
        case _ where LegacyConverter.formats.contains(format):
            // Read as the DOCX LibreOffice makes of it; the report keeps the original's format and path.
            let converted = legacy?.docx(for: input.path, original: data)
                ?? (legacy?.converter ?? LegacyConverter()).convert(data, format: format)
            switch converted {
            case .success(let docx): outcome = parser.parse(docx: docx)
            case .failure(let failure): return skip("unreadable-input", failure.message(format: format))
            }
        case "pdf":
            outcome = parser.parse(pdf: data)
        default:
            guard let decoded = TextDecoding.decode(data) else { return skip("unreadable-input", Messages.undecodableText) }
            outcome = format == "html" ? parser.parse(html: decoded.text) : parser.parse(text: decoded.text)
        }
        if let sidecar = ReportMetadata.sidecar(of: input.place) {
            let sidecarPath = input.path.hasSuffix(input.place.lastPathComponent)
                ? String(input.path.dropLast(input.place.lastPathComponent.count)) + sidecar.lastPathComponent
                : sidecar.lastPathComponent
            let text = (try? String(contentsOf: sidecar, encoding: .utf8)) ?? ""
            let (meta, problems) = ReportMetadata.parse(text, path: sidecarPath)
            outcome.findings += problems
            if var report = outcome.report {
                meta.apply(to: &report)
                outcome.report = report
            }
        }
        return outcome
    }
}
