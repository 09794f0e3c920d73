import GXReuse

/// What text reuse keeps of one build for the next, so an edit's rebuild compares only the reports it touches: the
/// detector's memory, which input each compared report was read from, and what its agency and region numbers stand for.
public struct TextReuseMemory: Sendable, Equatable {
    /// Where a compared report's text came from: its input, and the key its parse was cached under (the same key is
    /// the same text).
    public struct Input: Sendable, Hashable {
        /// The input's path.
        public var path: String
        /// The parse's key.
        public var key: String

        /// The input at `path` parsed under `key`.
        public init(path: String, key: String) { (self.path, self.key) = (path, key) }
    }

    /// The detector's memory.
    public var detection: ReuseMemory
    /// Each compared report's input, in the detector's order.
    public var inputs: [Input]
    /// The agencies' identities (`RegionResolver.identity(ofAgency:)`), by number.
    public var agencies: [String]
    /// The regions' names, by number.
    public var regions: [String]

    /// A memory of these parts.
    public init(detection: ReuseMemory, inputs: [Input], agencies: [String], regions: [String]) {
        (self.detection, self.inputs, self.agencies, self.regions) = (detection, inputs, agencies, regions)
    }
}
