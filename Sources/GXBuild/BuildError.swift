/// An environment problem that stops a build before anything is written: the message names the path.
public enum BuildError: Error, Equatable, CustomStringConvertible {
    case missingContent(String)
    case missingTheme(String)
    case unreadableTheme(String)
    case missingTemplate(name: String, directories: [String])
    case badTemplate(name: String, detail: String)
    case unwritableOutput(String, detail: String)
    /// `GXSITE_PAGEFIND` names a path that is not an executable file.
    case missingSearchIndexer(String)
    /// Pagefind could not run or failed: its path and why.
    case searchFailed(String, detail: String)

    /// The one-line message printed by the CLI.
    public var description: String {
        switch self {
        case .missingContent(let path): "content folder not found: \(path)"
        case .missingTheme(let path): "theme folder not found: \(path)"
        case .unreadableTheme(let path): "cannot read theme file: \(path)"
        case .missingTemplate(let name, let dirs): "template '\(name).mustache' not found in \(dirs.joined(separator: ", "))"
        case .badTemplate(let name, let detail): "template '\(name).mustache' is invalid: \(detail)"
        case .unwritableOutput(let path, let detail): "cannot write output folder \(path): \(detail)"
        case .missingSearchIndexer(let path): "Pagefind not found or not executable: \(path) (from GXSITE_PAGEFIND)"
        case .searchFailed(let path, let detail): "search indexing failed: \(path): \(detail)"
        }
    }
}
