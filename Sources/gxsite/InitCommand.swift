import ArgumentParser
import Foundation

/// `gxsite init [DIR]`: scaffolds a portal folder (config, example roster, content folder) and says what to run next.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a portal folder: a gxsite.toml listing every key, an example roster.toml and Content/.",
        discussion: "Nothing that exists is overwritten. Exit codes: 0 created; 2 could not create."
    )

    @Argument(help: "The folder to create the portal in (default: the working directory).")
    var folder = "."

    func run() throws {
        let root = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
        let fm = FileManager.default
        // Checked before anything is written, so a refused init leaves the folder as it was.
        for (path, _) in Scaffold.files where fm.fileExists(atPath: root.appendingPathComponent(path).path) {
            Diagnostics.error(CLIMessages.initExists(root.appendingPathComponent(path).path))
            throw ExitCode(2)
        }
        do {
            for (path, text) in Scaffold.files {
                let url = root.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            Diagnostics.error(CLIMessages.initFailed(root.path, reason: error.localizedDescription))
            throw ExitCode(2)
        }
        print(CLIMessages.initDone(root.path, relative: folder))
    }
}
