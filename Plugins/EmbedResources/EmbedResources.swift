import Foundation
import PackagePlugin

/// Builds files the program reads at run time into it: the default theme (`Themes/default`) into GXPortal as
/// `BuiltinTheme`, the divisions table (`Sources/GXReport/Resources`) into GXReport as `BuiltinData`. An executable that
/// carries them runs in any folder, copied or installed, with no bundle beside it.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (type, folder): (String, URL)
        switch target.name {
        case "GXPortal": (type, folder) = ("BuiltinTheme", context.package.directoryURL.appending(path: "Themes/default"))
        case "GXReport": (type, folder) = ("BuiltinData", context.package.directoryURL.appending(path: "Sources/GXReport/Resources"))
        default: return []
        }
        let files = try Self.files(under: folder)
        let output = context.pluginWorkDirectoryURL.appending(path: "\(type).swift")
        return [.buildCommand(displayName: "Embedding \(folder.lastPathComponent) as \(type)",
                              executable: try context.tool(named: "gxembed").url,
                              arguments: [output.path, type, folder.path] + files,
                              inputFiles: files.map { folder.appending(path: $0) }, outputFiles: [output])]
    }

    /// Every regular file under `folder`, as paths relative to it, sorted; hidden files are left out.
    static func files(under folder: URL) throws -> [String] {
        let base = folder.standardizedFileURL.path + "/"
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in walk where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return paths.sorted()
    }
}
