/// The third step: models the site from the parsed reports (agencies, regions, years, slugs).
struct IndexStep {
    /// The site modelled from the reports.
    final class Indexed {
        let parsed: ParseStep.Parsed
        let site: SiteModel
        /// The transliterations the cache held when the build started: the cache is written again only when they change.
        let remembered: [String: [String]]

        init(parsed: ParseStep.Parsed, site: SiteModel, remembered: [String: [String]]) {
            (self.parsed, self.site, self.remembered) = (parsed, site, remembered)
        }
    }

    let parsed: ParseStep.Parsed

    /// Models the site.
    func run() -> Indexed {
        let remembered = parsed.slugs.wait()
        let inputs = parsed.inputs
        let site = SiteModel(entries: inputs.reports, config: parsed.loaded.options.config, earlier: inputs.earlier,
                             reuse: inputs.reuse, jobs: parsed.loaded.options.jobs)
        return Indexed(parsed: parsed, site: site, remembered: remembered)
    }
}
