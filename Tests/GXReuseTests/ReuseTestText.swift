/// Deterministic prose for the tests: sentences of words drawn from a list, so two texts share nothing long unless a
/// test copies it.
struct ReuseTestText {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private static let words = [
        "推进", "政务", "公开", "平台", "规范", "办理", "群众", "数据", "制度", "培训", "栏目", "审查", "解读", "回应",
        "关切", "服务", "标准", "目录", "流程", "考核", "监督", "机制", "建设", "维护", "更新", "发布", "渠道", "形式",
        "质量", "效率", "基层", "试点", "示范", "应用", "融合", "协同", "联动", "统筹", "落实", "完善", "深化", "拓展",
    ]

    private mutating func next() -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % 1_000_003)
    }

    /// A sentence of `words` words ending in 。
    mutating func sentence(_ count: Int = 8) -> String {
        (0..<count).map { _ in Self.words[next() % Self.words.count] }.joined() + "。"
    }

    /// `count` sentences.
    mutating func prose(_ count: Int) -> String { (0..<count).map { _ in sentence() }.joined() }
}

import GXReuse

extension ComparableText {
    /// A text of one section 一 holding `paragraphs`.
    static func of(_ paragraphs: String...) -> ComparableText { of(paragraphs) }

    /// A text of one section 一 holding `paragraphs`.
    static func of(_ paragraphs: [String]) -> ComparableText {
        var text = ComparableText()
        text.beginSection(1)
        for (i, p) in paragraphs.enumerated() { text.append(paragraph: p, line: i + 1, column: 1) }
        return text
    }
}
