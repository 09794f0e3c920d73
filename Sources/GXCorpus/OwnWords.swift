/// A report's own sentences: a paragraph closing section 一 and one closing section 五.
struct OwnWords: Sendable {
    /// The paragraph closing section 一.
    var overview = ""
    /// The paragraph closing section 五.
    var problems = ""
}
