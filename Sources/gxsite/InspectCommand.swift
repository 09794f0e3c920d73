import ArgumentParser
import Foundation
import GXPortal

/// `gxsite inspect FILE`: shows how one file is read, so an office can see why a report reads as it does.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how one report file is read: format, title, agency, year, sections, table rows and cells.",
        discussion: """
            Cells are shown as text@line:column (with the page for a PDF); `.` is a blank cell, `~` marks a figure \
            recovered from crawled text. Exit codes: 0 read as a report; 1 not read as a report; 2 could not run.
            """
    )

    /// Output formats of `inspect`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The report file to inspect.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let url = URL(fileURLWithPath: file)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            Diagnostics.error(CLIMessages.fileNotFound(file))
            throw ExitCode(2)
        }
        let inspection = Inspection(url: url, path: file)
        print(format == .json ? inspection.json() : inspection.text(), terminator: "")
        if inspection.outcome.report == nil { throw ExitCode(1) }
    }
}
