import ArgumentParser
import Foundation

/// The `gxsite` command: builds a static portal from government information-disclosure annual reports.
@main
struct GXSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gxsite",
        abstract: "Build a static portal from government information-disclosure annual reports.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
