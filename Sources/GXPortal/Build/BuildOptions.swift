import Foundation
import GXBuild

/// What `gxsite build` is asked to do.
public struct BuildOptions: Sendable {
    /// The folder of reports.
    public var content: URL
    /// The folder the site is written to.
    public var output: URL
    /// Theme folders in precedence order: a custom theme first, the default last.
    public var themeDirectories: [URL]
    /// The public URL of the site, for canonical links; nil keeps every link relative only.
    public var baseURL: String?
    /// Worker threads; output is identical whatever the number.
    public var jobs: Int
    /// The portal's settings (title, organiser, licence, regions …).
    public var config: SiteConfig
    /// Runs Pagefind over the built site before it is swapped in; nil builds without a search index.
    public var search: SearchIndexer?
    /// Called from worker threads as reports are parsed and pages written.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// Ignore the incremental cache: parse, render and write everything.
    public var clean = false
    /// Rows an index page holds at most; tests lower it to see pagination on small sites.
    var pageSize = Pager.size
    /// Bytes of report narratives kept from parsing for the report pages; tests set 0 to read every input again.
    var narrativeBudget = NarrativeStore.defaultBudget
    /// Converts .doc, .wps, .rtf and .odt inputs (LibreOffice as `GXSITE_SOFFICE` or PATH give it); tests set their own.
    var converter = LegacyConverter()

    /// Creates options.
    public init(content: URL, output: URL, themeDirectories: [URL], baseURL: String? = nil, jobs: Int? = nil, config: SiteConfig = SiteConfig()) {
        self.config = config
        self.content = content
        self.output = output
        self.themeDirectories = themeDirectories
        self.baseURL = baseURL
        self.jobs = jobs ?? Parallel.defaultJobs
    }
}
