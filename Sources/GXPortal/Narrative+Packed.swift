import GXReport

extension Narrative {
    /// A narrative kept for later in two allocations: its texts end to end as UTF-8, and where each part's texts end.
    ///
    /// As composed, a narrative is some thirty strings, each with its own header and the spare room left by building it
    /// piece by piece: far more memory than its bytes, held for every narrative kept.
    struct Packed: Sendable {
        private struct Ends: Sendable {
            var kind: SectionKind?
            var heading: Int
            var text: Int
            var rawTables: Int
        }

        private let bytes: [UInt8]
        private let preambleEnd: Int
        private let ends: [Ends]
        /// The narrative's `size`.
        let size: Int

        /// Packs `narrative`.
        init(_ narrative: Narrative) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(narrative.size)
            bytes += narrative.preamble.utf8
            preambleEnd = bytes.count
            ends = narrative.parts.map { part in
                bytes += part.heading.utf8
                let heading = bytes.count
                bytes += part.text.utf8
                let text = bytes.count
                bytes += part.rawTables.utf8
                return Ends(kind: part.kind, heading: heading, text: text, rawTables: bytes.count)
            }
            self.bytes = bytes
            size = narrative.size
        }

        /// The narrative as it was packed.
        var narrative: Narrative {
            func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            var start = preambleEnd
            let parts = ends.map { end in
                defer { start = end.rawTables }
                return Part(kind: end.kind, heading: text(start..<end.heading), text: text(end.heading..<end.text),
                            rawTables: text(end.text..<end.rawTables))
            }
            return Narrative(preamble: text(0..<preambleEnd), parts: parts)
        }
    }
}
