import GXReport
import Testing
@testable import GXPortal

/// Narratives are kept packed within a budget and handed back, once, exactly as composed.
struct NarrativeStoreTests {
    static let narrative = Narrative(preamble: "前言\n\n", parts: [
        Narrative.Part(kind: .overview, heading: "一、总体情况", text: "本年度……\n\n", rawTables: ""),
        Narrative.Part(kind: .applications, heading: "三、收到和处理政府信息公开申请情况", text: "",
                       rawTables: "| 申请 | 自然人 |\n| --- | --- |\n"),
        Narrative.Part(kind: nil, heading: "", text: "", rawTables: ""),
        Narrative.Part(kind: nil, heading: "七、附记", text: "é\u{301} and <tags> — 完", rawTables: ""),
    ])

    static func texts(_ n: Narrative) -> [String] {
        [n.preamble] + n.parts.flatMap { [String(describing: $0.kind), $0.heading, $0.text, $0.rawTables] }
    }

    @Test(arguments: [narrative, Narrative(preamble: "", parts: [])])
    func aKeptNarrativeComesBackOnceAsComposed(_ narrative: Narrative) {
        let store = NarrativeStore(budget: 1 << 20)
        store.keep(narrative, for: "a.txt")
        let back = store.take("a.txt")
        #expect(back.map(Self.texts) == Self.texts(narrative))
        #expect(back?.size == narrative.size)
        #expect(store.take("a.txt") == nil)
        #expect(store.hasRoom)
    }

    @Test func theBudgetBoundsWhatIsKept() {
        let size = Self.narrative.size
        let store = NarrativeStore(budget: size * 2)
        for name in ["a", "b", "c"] { store.keep(Self.narrative, for: name) }
        #expect(!store.hasRoom)
        #expect(store.take("c") == nil)
        #expect(store.take("a") != nil)
        #expect(store.hasRoom)
        store.keep(Self.narrative, for: "d")
        #expect(store.take("d").map(Self.texts) == Self.texts(Self.narrative))
    }
}
