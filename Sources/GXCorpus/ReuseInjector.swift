/// Writes each report's own sentences and copies passages into a few of them: from the agency's previous report, at
/// shares just above and just below 50%, and from another agency's report of the same or an earlier year, at lengths
/// just above and just below 50 characters; figures and punctuation are edited in every copy. Keeps the ground truth.
struct ReuseInjector {
    /// A report that copied nothing, so it may be copied from.
    struct Source {
        var file: String
        var agency: Int
        var year: Int
        /// The letters of its section 一 paragraph.
        var letters: [Character]
    }

    /// Every copy made, in the order made.
    private(set) var truth: [ReuseInjection] = []
    /// The last reports that copied nothing and were not copied from, for copies between agencies.
    private var recent: [Source] = []
    /// Reports another report copied from: no later copy may take from them again, or two copies would share text the
    /// ground truth does not list.
    private var copiedFrom: Set<String> = []
    let seed: UInt64

    /// Per hundred reports: copies from the previous report, then copies from another agency.
    static let previousRate = 3, otherRate = 3
    /// Letters of own words in a report's section 一 paragraph and section 五 paragraph.
    static let overviewLetters = 200, problemsLetters = 56

    init(seed: UInt64) { self.seed = seed }

    /// The own sentences of report `index` (`file`, agency number `agency`, `year`); `previous` is the agency's
    /// previous report when it copied nothing. Returns the words and, when the report copied nothing, itself as a
    /// source for the agency's next report.
    mutating func words(file: String, agency: Int, year: Int, index: Int, previous: Source?,
                        writesProblems: Bool) -> (OwnWords, Source?) {
        var rng = SplitMix64(seed: seed, stream: 6, UInt64(index))
        let vocabulary = agency % 4 == 3 ? OwnProse.heldOut : OwnProse.tuned
        var words = OwnWords()
        if writesProblems { words.problems = OwnProse.sentences(letters: Self.problemsLetters, vocabulary: vocabulary, rng: &rng) }
        let roll = rng.int(0, 99)
        let others = recent.filter { $0.agency != agency && $0.year <= year }
        if roll < Self.previousRate, let previous, !copiedFrom.contains(previous.file) {
            let fresh = OwnProse.sentences(letters: 50, vocabulary: vocabulary, rng: &rng)
            let rest = OwnProse.letters(fresh).count + OwnProse.letters(words.problems).count
            let percent = rng.chance(0.5) ? rng.int(56, 62) : rng.int(38, 44)
            let copied = min(previous.letters.count, Int((Double(percent) / Double(100 - percent) * Double(rest)).rounded()))
            let copy = OwnProse.punctuated(Array(previous.letters.prefix(copied)), rng: &rng)
            words.overview = rng.chance(0.5) ? copy + fresh : fresh + copy
            let share = copied * 100 / (copied + rest)
            // No other agency may copy the previous report now: its text would be shared with this one too.
            recent.removeAll { $0.file == previous.file }
            copiedFrom.insert(previous.file)
            truth.append(ReuseInjection(file: file, rule: "text-reuse", source: previous.file, size: share, reported: share >= 50))
            return (words, nil)
        }
        if roll < Self.previousRate + Self.otherRate, !others.isEmpty {
            let source = rng.pick(others)
            recent.removeAll { $0.file == source.file }
            copiedFrom.insert(source.file)
            let length = rng.chance(0.5) ? rng.int(55, 60) : rng.int(40, 45)
            let start = rng.int(0, source.letters.count - length)
            let copy = OwnProse.punctuated(Array(source.letters[start..<(start + length)]), rng: &rng)
            let before = OwnProse.sentences(letters: 70, vocabulary: vocabulary, rng: &rng)
            let after = OwnProse.sentences(letters: 70, vocabulary: vocabulary, rng: &rng)
            words.overview = before + copy + after
            truth.append(ReuseInjection(file: file, rule: "text-shared", source: source.file, size: length, reported: length >= 50))
            // Reports of one year name each other.
            if source.year == year {
                truth.append(ReuseInjection(file: source.file, rule: "text-shared", source: file, size: length, reported: length >= 50))
            }
            return (words, nil)
        }
        words.overview = OwnProse.sentences(letters: Self.overviewLetters, vocabulary: vocabulary, rng: &rng)
        let source = Source(file: file, agency: agency, year: year, letters: OwnProse.letters(words.overview))
        recent.append(source)
        if recent.count > 48 { recent.removeFirst() }
        return (words, source)
    }
}
