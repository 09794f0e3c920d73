/// The optional fifth step: indexes the staged site with Pagefind, so the site swapped in always carries its own index.
struct SearchStep {
    let written: WriteStep.Written
    let indexer: SearchIndexer

    /// Indexes the staging folder.
    func run() throws {
        written.searchFiles = try indexer.index(into: written.writer)
    }
}
