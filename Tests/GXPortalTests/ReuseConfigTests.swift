import Testing
import GXReuse
@testable import GXPortal

/// `[reuse]` in gxsite.toml: the thresholds of text reuse, each checked, with one message per mistake.
struct ReuseConfigTests {
    @Test func everyThresholdIsRead() throws {
        let config = try SiteConfig.parse(
            "[reuse]\nshare = 0.6\npassage = 80\ncommon_reports = 30\nregion_common_reports = 8\n", path: "gxsite.toml")
        #expect(config.reuse == ReuseSettings(share: 0.6, passage: 80, boilerplateReports: 30, regionBoilerplateReports: 8))
        #expect(try SiteConfig.parse("", path: "gxsite.toml").reuse == ReuseSettings())
        #expect(try SiteConfig.parse("[reuse]\nshare = 1\n", path: "gxsite.toml").reuse.share == 1)
    }

    @Test(arguments: [
        ("[reuse]\nshare = 50\n", "gxsite.toml: 'reuse.share' must be a share above 0 and at most 1 (0.5 is half)"),
        ("[reuse]\nshare = 0\n", "gxsite.toml: 'reuse.share' must be a share above 0 and at most 1 (0.5 is half)"),
        ("[reuse]\npassage = 18\n", "gxsite.toml: 'reuse.passage' must be a whole number of at least 19"),
        ("[reuse]\npassage = 50.5\n", "gxsite.toml: 'reuse.passage' must be a whole number of at least 19"),
        ("[reuse]\ncommon_reports = 1\n", "gxsite.toml: 'reuse.common_reports' must be a whole number of at least 2"),
        ("[reuse]\nregion_common_reports = \"8\"\n", "gxsite.toml: 'reuse.region_common_reports' must be a whole number of at least 2"),
        ("[reuse]\nthreshold = 0.5\n", "gxsite.toml: unknown key 'reuse.threshold'"),
        ("reuse = 0.5\n", "gxsite.toml: 'reuse' must be a table"),
    ])
    func mistakesAreClearErrors(_ text: String, _ message: String) {
        #expect(throws: ConfigError.self) { try SiteConfig.parse(text, path: "gxsite.toml") }
        do {
            _ = try SiteConfig.parse(text, path: "gxsite.toml")
        } catch {
            #expect(error.description == message)
        }
    }
}
