/// Why a PDF gives no trustworthy text; `message` is what the user sees, `page` where (1-based, 0 for the whole file).
public enum PDFReadError: Error, Equatable, Sendable {
    /// poppler cannot open the bytes as a PDF.
    case damaged
    /// The file needs a password to open.
    case encrypted
    /// The file opens but its permissions forbid copying its text.
    case copyProtected
    /// The page has no text layer: a scan or pictures of pages.
    case noText(page: Int)
    /// The page's fonts have no usable Unicode map, so its characters come out as other characters.
    case garbled(page: Int)
    /// The section's table is a picture pasted on the page, with no text to read.
    case tableImage(SectionKind, page: Int)

    /// The page the problem is on; 0 when it concerns the whole file.
    public var page: Int {
        switch self {
        case .damaged, .encrypted, .copyProtected: 0
        case .noText(let page), .garbled(let page), .tableImage(_, let page): page
        }
    }

    /// The Chinese message shown to the user.
    public var message: String {
        switch self {
        case .damaged: Messages.pdfDamaged
        case .encrypted: Messages.pdfEncrypted
        case .copyProtected: Messages.pdfCopyProtected
        case .noText(let page): Messages.pdfNoText(page: page)
        case .garbled(let page): Messages.pdfGarbled(page: page)
        case .tableImage(let kind, let page): Messages.pdfTableImage(kind, page: page)
        }
    }
}
