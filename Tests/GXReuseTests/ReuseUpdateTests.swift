import Testing
@testable import GXReuse

/// An update after an edit gives exactly what a run over the edited corpus gives, whatever the edit changes: own
/// words, common wording (a phrase falling below or rising to the count, corpus-wide or in a region), the set of
/// reports, a report's agency or year.
struct ReuseUpdateTests {
    /// A corpus of agencies in two regions over two years, counted with small thresholds so single edits move phrases
    /// across them: `common` is in exactly 4 reports, 2 of each region (the corpus count), `regional` in exactly 3 of
    /// region 1 (its count).
    struct Corpus {
        var documents: [ReuseDocument] = []
        var texts: [ComparableText] = []
        var paragraphs: [[String]] = []
        var prose = ReuseTestText(seed: 17)
        let common: String
        let regional: String

        init() {
            common = prose.prose(3)
            regional = prose.prose(3)
            for agency in 0..<8 {
                for year in [2023, 2024] {
                    var parts = [prose.prose(3), prose.prose(2)]
                    if agency % 4 == 0 { parts.append(common) }
                    if agency < 3 && year == 2024 { parts.append(regional) }
                    add(ReuseDocument(agency: agency, region: agency < 4 ? 1 : 2, year: year), parts)
                }
            }
            // Agency 5 repeats most of its 2023 report in 2024; agency 6 takes a passage of agency 7's.
            paragraphs[11] = [paragraphs[10][0], paragraphs[10][1], prose.prose(1)]
            paragraphs[13][1] = paragraphs[15][0]
            for d in texts.indices { texts[d] = .of(paragraphs[d]) }
        }

        mutating func add(_ document: ReuseDocument, _ parts: [String]) {
            documents.append(document)
            paragraphs.append(parts)
            texts.append(.of(parts))
        }

        mutating func set(_ d: Int, _ parts: [String]) {
            paragraphs[d] = parts
            texts[d] = .of(parts)
        }

        mutating func remove(_ d: Int) {
            documents.remove(at: d)
            paragraphs.remove(at: d)
            texts.remove(at: d)
        }
    }

    static let settings = ReuseSettings(share: 0.5, passage: 20, boilerplateReports: 4, regionBoilerplateReports: 3)

    enum Edit: String, CaseIterable, CustomTestStringConvertible {
        case nothing, ownWords, commonFallsBelow, commonRises, regionalFallsBelow, copyAcross, arrives, leaves
        case agencyChanges, yearChanges

        var testDescription: String { rawValue }

        /// Applies the edit; returns, for each document now, the document it was with the same text.
        func apply(to c: inout Corpus) -> [Int?] {
            var unchanged: [Int?] = Array(c.documents.indices)
            switch self {
            case .nothing: break
            case .ownWords:
                c.set(6, [c.prose.prose(3)] + c.paragraphs[6].dropFirst())
                unchanged[6] = nil
            case .commonFallsBelow:
                // Report 0 drops the phrase four reports shared: the three others now hold it as their own.
                c.set(0, Array(c.paragraphs[0].prefix(2)))
                unchanged[0] = nil
            case .commonRises:
                // A fourth report takes the region's phrase: it is common across the corpus now.
                c.set(8, c.paragraphs[8] + [c.regional])
                unchanged[8] = nil
            case .regionalFallsBelow:
                c.set(3, Array(c.paragraphs[3].prefix(2)))
                unchanged[3] = nil
            case .copyAcross:
                c.set(12, c.paragraphs[12] + [c.paragraphs[2][0]])
                unchanged[12] = nil
            case .arrives:
                let parts = [c.prose.prose(3), c.common, c.paragraphs[4][1]]
                c.add(ReuseDocument(agency: 8, region: 1, year: 2024), parts)
                unchanged.append(nil)
            case .leaves:
                c.remove(2)
                unchanged = c.documents.indices.map { $0 < 2 ? $0 : $0 + 1 }
            case .agencyChanges:
                c.documents[14].agency = 6
                unchanged[14] = nil
            case .yearChanges:
                c.documents[4].year = 2022
                unchanged[4] = nil
            }
            return unchanged
        }
    }

    /// The corpus edited, the update after the edit (with the documents it compared again), and a full run over it.
    static func updated(by edit: Edit, jobs: Int = 1) -> (update: (memory: ReuseMemory, compared: [Int]), full: ReuseMemory) {
        var corpus = Corpus()
        let detector = ReuseDetector(settings: settings, jobs: jobs)
        let before = corpus.texts
        let memory = detector.remember(corpus.documents, texts: before)
        let unchanged = edit.apply(to: &corpus)
        let texts = corpus.texts
        let update = detector.update(corpus.documents, text: { texts[$0] }, memory: memory, unchanged: unchanged,
                                       earlier: { before[$0] })
        return (update, detector.remember(corpus.documents, texts: texts))
    }

    @Test(arguments: Edit.allCases, [1, 2])
    func anUpdateEqualsAFullRun(edit: Edit, jobs: Int) {
        let (update, full) = Self.updated(by: edit, jobs: jobs)
        #expect(update.memory == full)
    }

    /// The documents each edit compares again: the edited one, the reports that have it as their previous report or
    /// share text with it, and those whose own words changed with the common wording.
    static let compared: [(Edit, [Int])] = [
        (.nothing, []),
        (.ownWords, [6, 7]),
        // 0 no longer holds the common phrase; 1, 8 and 9 now hold it as own words; 1 also has 0 as previous report.
        (.commonFallsBelow, [0, 1, 8, 9]),
        // The region's phrase, common wording in 1, 3 and 5 already, is so across the corpus now: they keep their own
        // words, and only 8, which took it, and 9, which has 8 as previous report, are compared again.
        (.commonRises, [8, 9]),
        (.copyAcross, [2, 12, 13]),
        (.leaves, [2]),
    ]

    @Test(arguments: compared)
    func anUpdateComparesOnlyWhatTheEditTouches(edit: Edit, want: [Int]) {
        #expect(Self.updated(by: edit).update.compared == want)
    }

    @Test func theEditsMoveWhatTheySay() {
        let corpus = Corpus()
        let detector = ReuseDetector(settings: Self.settings)
        let full = detector.remember(corpus.documents, texts: corpus.texts)
        let common = Shingles.hashes(of: corpus.common)[0], regional = Shingles.hashes(of: corpus.regional)[0]
        #expect(full.boilerplate.contains(common, region: 2))
        #expect(full.boilerplate.contains(regional, region: 1) && !full.boilerplate.contains(regional, region: 2))
        #expect(full.results[11].share.map { $0 >= 0.5 } == true)
        #expect(full.results[13].shared == [15])
        #expect(full.results[1].shared.isEmpty)
        var fallen = corpus
        _ = Edit.commonFallsBelow.apply(to: &fallen)
        let below = detector.remember(fallen.documents, texts: fallen.texts)
        #expect(!below.boilerplate.contains(common, region: 1) && !below.boilerplate.contains(common, region: 2))
        #expect(below.results[1].shared == [8, 9])
        #expect(below.results[9].shared == [1])
        var risen = corpus
        _ = Edit.commonRises.apply(to: &risen)
        #expect(detector.remember(risen.documents, texts: risen.texts).boilerplate.contains(regional, region: 2))
    }

    @Test func anUnreadableEarlierTextMeansAFullRun() {
        var corpus = Corpus()
        let detector = ReuseDetector(settings: Self.settings)
        let memory = detector.remember(corpus.documents, texts: corpus.texts)
        let unchanged = Edit.ownWords.apply(to: &corpus)
        let texts = corpus.texts
        let updated = detector.update(corpus.documents, text: { texts[$0] }, memory: memory, unchanged: unchanged,
                                      earlier: { _ in nil })
        #expect(updated.memory == detector.remember(corpus.documents, texts: texts))
        #expect(updated.compared == Array(corpus.documents.indices))
    }
}

extension ReuseDetector {
    func remember(_ documents: [ReuseDocument], texts: [ComparableText]) -> ReuseMemory {
        remember(documents) { texts[$0] }
    }
}
