import Foundation
import GXBuild
import Mustache

/// A set of Mustache templates plus assets; a theme folder overrides the default file by file.
public struct Theme: Sendable {
    /// The template names every theme must provide after falling back to the default.
    public static let requiredTemplates = ["base", "header", "footer", "home", "year", "agencies", "agency", "regions", "region", "report", "report-table", "status-counts", "validation", "rules", "charts", "data", "notfound", "search", "submissions", "submission-years", "pager", "findings"]

    let library: MustacheLibrary
    /// Asset files (relative path under `assets/` → where its bytes are), override first.
    let assets: [(String, Asset)]
    /// A digest of every template and asset, so caches can key on the theme.
    public let fingerprint: String

    /// Where an asset's bytes are: a theme folder's file, or the built-in theme.
    enum Asset: Sendable {
        case file(URL)
        case builtin(Data)

        /// The asset's bytes; throws naming its file when that cannot be read.
        func bytes() throws -> Data {
            switch self {
            case .file(let url):
                guard let data = try? Data(contentsOf: url) else { throw BuildError.unreadableTheme(url.path) }
                return data
            case .builtin(let data):
                return data
            }
        }
    }

    /// Loads `directories` in order of precedence (custom theme first), over the default theme built into gxsite, which
    /// answers for every file no folder has.
    public init(directories: [URL]) throws {
        var templates: [String: String] = [:]
        var assets: [String: Asset] = [:]
        for entry in BuiltinTheme.encoded {
            guard let data = Data(base64Encoded: entry.base64) else { continue }
            if entry.path.hasPrefix("assets/") {
                assets[String(entry.path.dropFirst("assets/".count))] = .builtin(data)
            } else if entry.path.hasSuffix(".mustache"), !entry.path.contains("/") {
                templates[String(entry.path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
            }
        }
        let fm = FileManager.default
        for directory in directories.reversed() {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
                throw BuildError.missingTheme(directory.path)
            }
            let names = try fm.contentsOfDirectory(atPath: directory.path).sorted()
            for name in names where name.hasSuffix(".mustache") {
                let url = directory.appendingPathComponent(name)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw BuildError.unreadableTheme(url.path) }
                templates[String(name.dropLast(".mustache".count))] = text
            }
            let assetDir = directory.appendingPathComponent("assets")
            if let enumerator = fm.enumerator(at: assetDir, includingPropertiesForKeys: [.isRegularFileKey]) {
                for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    let relative = String(url.standardizedFileURL.path.dropFirst(assetDir.standardizedFileURL.path.count + 1))
                    assets[relative] = .file(url)
                }
            }
        }
        for name in Self.requiredTemplates where templates[name] == nil {
            throw BuildError.missingTemplate(name: name, directories: directories.map(\.path))
        }
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var digestInput = ""
        for name in templates.keys.sorted() {
            do {
                try library.register(HTMLEscaping.pragma + templates[name]!, named: name)
            } catch {
                // Parsed again as written, so the error names the template's own line, not one shifted by the pragma.
                throw BuildError.badTemplate(name: name, detail: Self.parseError(templates[name]!) ?? "\(error)")
            }
            digestInput += name + "\u{0}" + templates[name]! + "\u{0}"
        }
        self.library = library
        self.assets = assets.keys.sorted().map { ($0, assets[$0]!) }
        for (name, asset) in self.assets {
            digestInput += name + "\u{0}" + ((try? asset.bytes()).map { SHA256.hex($0) } ?? "") + "\u{0}"
        }
        self.fingerprint = SHA256.hex(Array(digestInput.utf8))
    }

    /// The parser's message for a template that does not parse; nil when it does.
    static func parseError(_ text: String) -> String? {
        do {
            _ = try MustacheTemplate(string: text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Renders a page: the kind's template, with the page's frame over its context, inside `base`.
    func page<Page: PageContext>(title: String, root: String, breadcrumbs: [(String, String?)], context: Page, canonical: String?,
                                 site: SiteInfo) -> String {
        let frame = PageFrame(root: root, siteTitle: site.title, generator: site.generator)
        let content = library.render(FramedPage(frame: frame, page: context), withTemplate: Page.kind) ?? ""
        let base = BasePageContext(kind: Page.kind, title: title, root: root, breadcrumbs: breadcrumbs, content: content,
                                   description: context.description, canonical: canonical, site: site)
        return library.render(base, withTemplate: "base") ?? ""
    }
}

/// Portal-wide facts shown on every page.
struct SiteInfo: Sendable {
    var title: String
    var generator: String
    /// The licence line of the open data.
    var licence: String
    /// Link prefix for 404.html, which a host serves at any depth: the base URL's path when known.
    var rootForErrors: String
    /// Footer facts of a government site (主办单位, ICP, 公安备案, 网站标识码), shown when configured.
    var footer: SiteFooter
    /// The public URL of the site, for canonical links; nil when not given.
    var baseURL: String?
    /// How original files are offered for download.
    var originals: OriginalsPolicy
    /// Whether the portal has submissions pages (报送情况, built when a roster is configured), linked from the navigation.
    var hasSubmissions: Bool

    init(config: SiteConfig, generator: String, rootForErrors: String = "/", baseURL: String? = nil) {
        self.baseURL = baseURL
        self.title = config.title
        self.generator = generator
        self.licence = config.licence
        self.rootForErrors = rootForErrors
        self.footer = SiteFooter(organisation: config.organisation, siteCode: config.siteCode, icp: config.icp,
                                 policeFiling: config.policeFiling)
        self.hasSubmissions = !config.roster.isEmpty
        self.originals = config.originals
    }
}
