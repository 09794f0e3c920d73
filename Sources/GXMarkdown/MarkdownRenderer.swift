import CCmarkGFM
import Foundation

/// Converts GitHub-flavoured Markdown to HTML with libcmark-gfm, never letting raw HTML through.
public struct MarkdownRenderer: Sendable {
    /// Registers the cmark-gfm core extensions (once per process) so rendering can start at once.
    public init() {
        Self.registerExtensions()
    }

    /// Returns the HTML for `markdown`; raw HTML in the input is replaced by a comment (safe mode).
    public func html(_ markdown: String) -> String {
        html(markdown, tables: nil)
    }

    /// Returns the HTML for `markdown` as `html(_:)` does, but each GFM table is rendered by `tables`, from the table
    /// as cmark-gfm parsed it: the caller shapes the table element (captions, grouped headers, scopes), while every
    /// cell's content is still cmark-gfm's.
    public func html(_ markdown: String, tables: ((MarkdownTable) -> String)?) -> String {
        Self.registerExtensions()
        // cmark-gfm's inline parser reads a process-wide table of special
        // characters, and every parser with strikethrough attached adds '~' to
        // it when inlines start and removes it when they end. A document
        // without '~' renders the same without strikethrough, and a parser
        // with only the table extension (a block extension) never touches the
        // table, so such documents render in parallel; the rest take turns
        // under the lock. A stress test checks both against serial output.
        if !markdown.utf8.contains(UInt8(ascii: "~")) {
            return Self.render(markdown, extensions: Self.blockExtensionNames, tables: tables)
        }
        return Self.lock.withLock { Self.render(markdown, extensions: Self.extensionNames, tables: tables) }
    }

    // CMARK_OPT_UNSAFE stays off: report text is escaped by the composer, and
    // safe mode is the second fence that drops any raw HTML that slips through.
    private static let options = CMARK_OPT_DEFAULT

    // No autolink: it links e-mail addresses even when every character is
    // backslash-escaped, so report text would not stay literal.
    private static let extensionNames = ["table", "strikethrough"]

    // The extensions that add no inline syntax, so leave the global table alone.
    private static let blockExtensionNames = ["table"]

    private static let lock = NSLock()

    // A static let is initialised exactly once, thread-safely, which is the
    // once-token cmark_gfm_core_extensions_ensure_registered() wants.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    private static func registerExtensions() {
        _ = registration
    }

    private static func render(_ markdown: String, extensions: [String], tables: ((MarkdownTable) -> String)?) -> String {
        guard let parser = cmark_parser_new(options) else {
            fatalError("cmark-gfm could not allocate a parser")
        }
        // Declared first so it runs last: the parser owns the extension list
        // that cmark_render_html reads below.
        defer { cmark_parser_free(parser) }

        for name in extensions {
            guard let extensionPointer = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm extension \(name) is not registered")
            }
            cmark_parser_attach_syntax_extension(parser, extensionPointer)
        }

        var source = markdown
        source.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                cmark_parser_feed(parser, chars, bytes.count)
            }
        }

        guard let document = cmark_parser_finish(parser) else {
            fatalError("cmark-gfm returned no document")
        }
        defer { cmark_node_free(document) }

        let extensionList = cmark_parser_get_syntax_extensions(parser)
        guard let tables else { return html(of: document, extensionList) }
        return TableWalk(document: document, extensions: extensionList, render: tables).html()
    }

    /// cmark-gfm's HTML of `node` and what it holds.
    static func html(of node: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let html = cmark_render_html(node, options, extensions) else {
            fatalError("cmark-gfm returned no HTML")
        }
        // The string was allocated by cmark's default allocator, so it must go
        // back through the same allocator rather than whichever free() we link.
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }
}
