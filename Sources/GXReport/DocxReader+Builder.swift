import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension DocxReader {
    /// Collects paragraphs and tables from the SAX events of `word/document.xml`.
    final class Builder: NSObject, XMLParserDelegate {
        /// WordprocessingML, transitional and strict; other vocabularies (DrawingML's `a:t`, math) are not read.
        static let wordNamespaces: Set<String> = [
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main",
        ]
        static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

        /// Elements whose text is not part of the accepted document: deletions, moved-away text, field codes.
        static let droppedText: Set<String> = ["del", "delText", "moveFrom", "instrText", "delInstrText"]
        /// Old properties recorded by tracked formatting changes; their `vMerge`/`del` describe the past.
        static let propertyChanges: Set<String> = ["tcPrChange", "trPrChange", "tblPrChange", "pPrChange", "rPrChange", "sectPrChange"]

        struct Cell {
            var paragraphs: [String] = []
            var continuation = false
            var gridColumn = 0
            var gridSpan = 1
        }

        struct Table {
            var rows: [[RawCell]] = []
            var row: [RawCell] = []
            var rowLine = 0
            var rowDeleted = false
            /// The grid column the next cell of the row starts at (`gridBefore` skips columns).
            var gridColumn = 0
            var cell: Cell?
        }

        private(set) var items: [TikaLayout.Item] = []
        /// Where the first XML error was, if any.
        private(set) var errorPosition: SourceLocation?

        private var line = 0
        private var suppressed = 0
        private var propertyChangeDepth = 0
        private var runDepth = 0
        private var rowPropertiesDepth = 0
        private var inText = false
        private var paragraphs: [String] = []
        /// The open top-level table; tables inside its cells only count in `nestedTables`.
        private var table: Table?
        private var nestedTables = 0

        func finish() -> [TikaLayout.Item] { items }

        private func isWord(_ namespaceURI: String?) -> Bool {
            namespaceURI.map { Self.wordNamespaces.contains($0) } ?? false
        }

        /// An attribute by local name: prefixes are whatever the producer chose.
        private func attribute(_ name: String, in attributes: [String: String]) -> String? {
            for (key, value) in attributes where key == name || key.hasSuffix(":" + name) { return value }
            return nil
        }

        private func appendText(_ text: String) {
            guard suppressed == 0, !paragraphs.isEmpty else { return }
            paragraphs[paragraphs.count - 1] += text
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if namespaceURI == Self.compatibilityNamespace {
                // mc:Fallback repeats mc:Choice's content for old readers; reading both would double it.
                if elementName == "Fallback" { suppressed += 1 }
                return
            }
            guard isWord(namespaceURI) else { return }
            if Self.propertyChanges.contains(elementName) { propertyChangeDepth += 1; return }
            if Self.droppedText.contains(elementName) {
                suppressed += 1
                if elementName == "del", rowPropertiesDepth > 0, propertyChangeDepth == 0, nestedTables == 0 {
                    table?.rowDeleted = true
                }
                return
            }
            switch elementName {
            case "p": paragraphs.append("")
            case "r": runDepth += 1
            case "t": inText = true
            case "tab", "ptab":
                // Tab stops in paragraph properties are also `w:tab`; only a run's tab is text.
                if runDepth > 0 { appendText(" ") }
            case "br", "cr":
                let type = attribute("type", in: attributeDict)
                if runDepth > 0, type == nil || type == "textWrapping" { appendText("\n") }
            case "noBreakHyphen": if runDepth > 0 { appendText("-") }
            case "tbl":
                if table == nil { table = Table() } else { nestedTables += 1 }
            case "tr": if nestedTables == 0 { startRow() }
            case "trPr": rowPropertiesDepth += 1
            case "tc":
                if nestedTables == 0, let column = table?.gridColumn { table?.cell = Cell(gridColumn: column) }
            case "gridBefore":
                guard propertyChangeDepth == 0, nestedTables == 0, rowPropertiesDepth > 0, table != nil,
                      let skipped = attribute("val", in: attributeDict).flatMap(Int.init), skipped > 0, skipped < 64 else { return }
                table?.gridColumn += skipped
            case "gridSpan":
                guard propertyChangeDepth == 0, nestedTables == 0, table?.cell != nil,
                      let span = attribute("val", in: attributeDict).flatMap(Int.init), span > 1, span < 64 else { return }
                table?.cell?.gridSpan = span
            case "vMerge":
                guard propertyChangeDepth == 0, nestedTables == 0, table?.cell != nil else { return }
                let value = attribute("val", in: attributeDict)
                table?.cell?.continuation = value == nil || value == "continue"
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if namespaceURI == Self.compatibilityNamespace {
                if elementName == "Fallback" { suppressed -= 1 }
                return
            }
            guard isWord(namespaceURI) else { return }
            if Self.propertyChanges.contains(elementName) { propertyChangeDepth -= 1; return }
            if Self.droppedText.contains(elementName) { suppressed -= 1; return }
            switch elementName {
            case "p": if let text = paragraphs.popLast() { deliver(text) }
            case "r": runDepth -= 1
            case "t": inText = false
            case "tbl":
                if nestedTables > 0 { nestedTables -= 1 } else { endTable() }
            case "tr": if nestedTables == 0 { endRow() }
            case "trPr": rowPropertiesDepth -= 1
            case "tc": if nestedTables == 0 { endCell() }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { appendText(string) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            recordError(parser)
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
            recordError(parser)
        }

        private func recordError(_ parser: XMLParser) {
            if errorPosition == nil { errorPosition = SourceLocation(line: parser.lineNumber, column: parser.columnNumber) }
            parser.abortParsing()
        }

        /// A finished paragraph goes into the open cell, or becomes a top-level paragraph with the next line number.
        private func deliver(_ text: String) {
            if table != nil {
                // A table inside a cell has no place in Tika's rows: its non-empty paragraphs become lines of
                // the outer cell, appended directly so that deep nesting costs no copying.
                if nestedTables == 0 || !text.trimmingWhitespace().isEmpty { table?.cell?.paragraphs.append(text) }
                return
            }
            line += 1
            let location = SourceLocation(line: line, column: 1)
            // A line break inside a body paragraph is a new line in Tika's text, hence a paragraph of its own.
            for piece in text.split(separator: "\n", omittingEmptySubsequences: true) where !String(piece).trimmingWhitespace().isEmpty {
                items.append(.paragraph(String(piece), location))
            }
        }

        private func startRow() {
            guard table != nil else { return }
            line += 1
            table?.row = []
            table?.rowLine = line
            table?.rowDeleted = false
            table?.gridColumn = 0
        }

        private func endCell() {
            guard let current = table, let cell = current.cell else { return }
            let text = cell.continuation ? "" : cell.paragraphs.joined(separator: "\n")
            let location = SourceLocation(line: current.rowLine, column: cell.gridColumn + 1)
            table?.row.append(RawCell(text: text, location: location, gridColumn: cell.gridColumn, gridSpan: cell.gridSpan))
            table?.gridColumn = cell.gridColumn + cell.gridSpan
            table?.cell = nil
        }

        private func endRow() {
            guard let current = table else { return }
            if !current.rowDeleted, !current.row.isEmpty { table?.rows.append(current.row) }
            table?.row = []
        }

        private func endTable() {
            guard let current = table else { return }
            table = nil
            if let first = current.rows.first?.first {
                items.append(.table(RawTable(rows: current.rows, location: first.location, gridded: true)))
            }
        }
    }
}
