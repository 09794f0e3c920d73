import Foundation
import GXReport

/// One input file found under the content folder.
struct InputFile: Sendable {
    /// Path under the content folder with "/" separators, e.g. `2021/x.txt`.
    var path: String
    /// The file on disk.
    var url: URL
}

/// Lists report files under the content folder in path order, never following links out of it.
enum ContentLoader {
    static let extensions: Set<String> = ["txt", "docx", "html", "htm"]

    static func inputs(in content: URL) throws -> [InputFile] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: content.path, isDirectory: &isDir), isDir.boolValue else {
            throw BuildError.missingContent(content.path)
        }
        let root = content.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [InputFile] = []
        guard let enumerator = fm.enumerator(at: content, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                             options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in enumerator {
            // Word leaves `~$name.docx` lock files beside open documents.
            guard extensions.contains(url.pathExtension.lowercased()), !url.lastPathComponent.hasPrefix("~$") else { continue }
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            var target = url
            if values?.isSymbolicLink == true {
                target = url.resolvingSymlinksInPath()
                guard target.path.hasPrefix(root + "/") else { continue }
            }
            guard (try? target.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(content.standardizedFileURL.path + "/")
                ? String(full.dropFirst(content.standardizedFileURL.path.count + 1))
                : url.lastPathComponent
            files.append(InputFile(path: relative, url: target))
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
