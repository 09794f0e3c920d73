import Foundation

/// `gxembed OUTPUT TYPE FOLDER FILE...`: writes a Swift file declaring `enum TYPE` with every FILE (a path under FOLDER)
/// and its bytes, base64-encoded, in the order given. Run by the EmbedResources build plugin, so the default theme and
/// the divisions table are part of the executable and gxsite runs from any folder, installed or not.
@main
enum GXEmbed {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: gxembed OUTPUT TYPE FOLDER FILE...\n".utf8))
            exit(2)
        }
        let output = arguments[arguments.startIndex], type = arguments[arguments.startIndex + 1]
        let folder = URL(fileURLWithPath: arguments[arguments.startIndex + 2])
        var swift = "// Generated at build time by gxembed from \(folder.lastPathComponent)/; not kept in git.\n\n"
        swift += "/// The files of \(folder.lastPathComponent)/ built into the executable: each path under it and its bytes, base64-encoded.\n"
        swift += "enum \(type) {\n    static let encoded: [(path: String, base64: String)] = [\n"
        for path in arguments.dropFirst(3) {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            swift += "        (\"\(path)\", \"\(data.base64EncodedString())\"),\n"
        }
        swift += "    ]\n}\n"
        try Data(swift.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    }
}
