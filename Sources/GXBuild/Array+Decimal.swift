extension Array where Element == UInt8 {
    /// Appends the decimal digits of `n` (a minus sign first when negative) without making their string: the lists and
    /// keys written on every rebuild hold tens of thousands of numbers.
    package mutating func appendDecimal(_ n: Int) {
        if n < 0 { append(UInt8(ascii: "-")) }
        appendDigits(n.magnitude)
    }

    private mutating func appendDigits(_ n: UInt) {
        if n >= 10 { appendDigits(n / 10) }
        append(UInt8(ascii: "0") + UInt8(n % 10))
    }
}
