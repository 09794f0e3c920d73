import ArgumentParser
// Imported only to link jemalloc, the process's allocator (Package.swift says why).
import CJemalloc
import Foundation

/// The `gxsite` command: builds a static portal from government information-disclosure annual reports.
@main
struct GXSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gxsite",
        abstract: "Build a static portal from government information-disclosure annual reports.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, VerifyCommand.self, InspectCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Runs the command; a usage error exits with 2 ("could not run"), as the README states for every command.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
