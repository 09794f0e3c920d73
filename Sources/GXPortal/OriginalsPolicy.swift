/// How the original files are offered for download (`originals` in the config).
public enum OriginalsPolicy: String, Sendable, Equatable, CaseIterable {
    /// DOCX files without author and editing metadata, comments and tracked changes (accepted); other formats as submitted.
    case clean
    /// Every file exactly as submitted.
    case asSubmitted = "as-submitted"
    /// No download at all.
    case none
}
