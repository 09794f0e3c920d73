/// Why a DOCX file could not be read; `message` is what the user sees.
public enum DocumentError: Error, Equatable, Sendable {
    /// The bytes are not a ZIP archive, or the archive is damaged (e.g. truncated).
    case notZip
    /// The archive has no `word/document.xml`, so it is no Word document.
    case missingDocumentXML
    /// `word/document.xml` is larger than the limit once decompressed.
    case tooLarge(limit: Int)
    /// `word/document.xml` is not well-formed XML; the payload says where.
    case malformedXML(String)

    /// The Chinese message shown to the user.
    public var message: String {
        switch self {
        case .notZip: Messages.docxNotZip
        case .missingDocumentXML: Messages.docxMissingDocumentXML
        case .tooLarge(let limit): Messages.docxTooLarge(limit: limit)
        case .malformedXML(let detail): Messages.docxMalformedXML(detail)
        }
    }
}

extension Messages {
    /// A .docx whose bytes are not a readable ZIP archive.
    public static let docxNotZip = "不是有效的DOCX文件（ZIP结构损坏）"

    /// A ZIP archive without the main Word part.
    public static let docxMissingDocumentXML = "不是有效的DOCX文件：缺少word/document.xml"

    /// A document part above the size limit.
    public static func docxTooLarge(limit: Int) -> String {
        "文档过大：word/document.xml解压后超过\(limit / 1_048_576) MB，未读取"
    }

    /// A document part that is not well-formed XML.
    public static func docxMalformedXML(_ detail: String) -> String {
        "XML解析失败：\(detail)"
    }

    /// Where an XML error is, for `docxMalformedXML`.
    public static func xmlPosition(line: Int, column: Int) -> String {
        "word/document.xml第\(line)行第\(column)列"
    }
}
