import Foundation
import GXBuild

extension ContentLoader {
    /// The extensions of the input formats gxsite reads: text, DOCX, HTML, PDF and the legacy formats LibreOffice converts.
    static let extensions: Set<String> = Set(["txt", "docx", "html", "htm", "pdf"]).union(LegacyConverter.formats)

    /// The inputs under `content`, in path order.
    static func inputs(in content: URL) throws -> [InputFile] {
        try inputs(in: content, extensions: extensions)
    }

    /// The inputs and other files under `content`, in path order.
    static func list(_ content: URL, jobs: Int = 1) throws -> Listing {
        try list(content, extensions: extensions, jobs: jobs)
    }
}
