/// The report year written in a title: four digits before 年, Arabic (2020), full-width (２０２０) or Chinese
/// (二〇二〇, 二零二〇).
enum TitleYear {
    /// The digits a year may be written with, and their values.
    static let digits: [Character: Int] = {
        var table: [Character: Int] = [:]
        for (i, c) in "0123456789".enumerated() { table[c] = i }
        for (i, c) in "０１２３４５６７８９".enumerated() { table[c] = i }
        for (i, c) in "〇一二三四五六七八九".enumerated() { table[c] = i }
        table["零"] = 0
        table["○"] = 0
        table["Ｏ"] = 0
        return table
    }()

    /// The first plausible year (1990–2100) written as four digits followed by 年 in `chars`: its value and the range
    /// of its four digits and 年 (and 度 when it follows).
    static func find(in chars: [Character]) -> (year: Int, range: Range<Int>)? {
        var i = 0
        while i + 4 < chars.count {
            // 年 first: it rules out almost every place without looking at digits.
            if chars[i + 4] == "年", let year = value(chars[i..<i + 4]), (1990...2100).contains(year) {
                var end = i + 5
                if end < chars.count, chars[end] == "度" { end += 1 }
                return (year, i..<end)
            }
            i += 1
        }
        return nil
    }

    /// The value of four digits of one script, or nil.
    private static func value(_ four: ArraySlice<Character>) -> Int? {
        // Mixed scripts (二0二0) are a typing slip all the same: each digit is read on its own.
        var year = 0
        for c in four {
            guard let d = digits[c] else { return nil }
            year = year * 10 + d
        }
        return year
    }
}
