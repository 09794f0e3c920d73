/// Carries a value across threads where the compiler cannot see that it is safe: the receiving side only reads or
/// releases it (or, for a closure, calls it where its caller guarantees concurrent calls are safe), and nothing changes
/// the value while it is shared.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
