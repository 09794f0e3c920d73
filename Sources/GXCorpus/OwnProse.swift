/// The sentences that make each generated report its own: words drawn at random, so no two reports share a phrase
/// unless the generator copies one (`ReuseInjection`).
///
/// Two vocabularies: `tuned` is what text reuse was tried on while its thresholds and shingle sizes were chosen;
/// `heldOut` was never looked at then, and a quarter of the agencies write with it, so the ground-truth test also
/// measures prose nothing was fitted to. Neither holds a digit, 件, or a word the narrative rule reads a count after.
enum OwnProse {
    /// The vocabulary the detector was tuned on.
    static let tuned = words("""
        推进深化完善健全规范强化优化拓展落实统筹协调加快提升夯实创新探索严格持续扎实全面政务服务事项清单流程标准平台渠道窗口热线\
        网站专栏栏目目录指南制度机制台账档案队伍人员业务能力水平质量效能基层社区企业群众诉求需求政策解读回应关切舆情互动监督考核\
        评议整改检查督办
        """)

    /// The vocabulary kept out of any tuning.
    static let heldOut = words("""
        数字智慧融媒矩阵集成联办帮办代办预约延时错峰上门巡查走访座谈问卷调研试点示范样板亮点品牌特色载体阵地课堂讲堂书屋驿站站点\
        终端屏幕海报手册折页短片直播访谈问答图解案例故事专题专刊简报周报月报年鉴乡村街道园区楼宇网格村居片区社群志愿党员青年老年\
        妇女学生农户商户
        """)

    /// The two-character words of `text`.
    private static func words(_ text: String) -> [String] {
        let characters = Array(text.filter { !$0.isWhitespace })
        return stride(from: 0, to: characters.count - 1, by: 2).map { String(characters[$0..<($0 + 2)]) }
    }

    /// Sentences of `vocabulary` holding at least `letters` characters between them, each of six to ten words and
    /// ending in 。.
    static func sentences(letters: Int, vocabulary: [String], rng: inout SplitMix64) -> String {
        var out = "", written = 0
        while written < letters {
            let count = rng.int(6, 10)
            for n in 0..<count {
                out += rng.pick(vocabulary)
                if n == count / 2, rng.chance(0.5) { out += "，" }
            }
            out += "。"
            written += count * 2
        }
        return out
    }

    /// `letters` (characters without punctuation) written out as a copier would: cut into clauses by commas and
    /// semicolons, a figure put in, a full stop at the end, so only the letters say it is a copy.
    static func punctuated(_ letters: [Character], rng: inout SplitMix64) -> String {
        var out = "", clause = 0
        let figureAt = rng.int(0, max(0, letters.count - 1))
        for (i, letter) in letters.enumerated() {
            if i == figureAt { out += rng.pick(["（\(rng.int(1, 9))）", String(rng.int(10, 99)), "202\(rng.int(0, 9))"]) }
            out.append(letter)
            clause += 1
            if clause >= 9, i < letters.count - 1, rng.chance(0.3) {
                out += rng.pick(["，", "；", "、"])
                clause = 0
            }
        }
        return out + "。"
    }

    /// The letters of `text`: what text reuse compares (Chinese characters; the prose has no others).
    static func letters(_ text: String) -> [Character] {
        text.filter { ("\u{4E00}"..."\u{9FFF}").contains($0) }
    }
}
